-- Load mode's deferred work as data: each row names a step that the code
-- maps to its own statements ('index', with the name of an index it knows;
-- 'fulltext', with the rowid after which events lack their full-text
-- entries), where load_deferred held SQL text that the next Open ran, so
-- that whoever could write that table could run any statement as the next
-- user. A step the code does not know is an error, never run. The rows of
-- a load under way carry over; one that is none of these becomes a step
-- named 'unknown', which stops the next Open.
CREATE TABLE load_steps (
    seq  INTEGER PRIMARY KEY,
    step TEXT NOT NULL,
    arg  TEXT NOT NULL DEFAULT ''
);
INSERT INTO load_steps (seq, step, arg)
SELECT seq,
    CASE WHEN sql LIKE 'CREATE INDEX % ON %' THEN 'index'
        WHEN sql LIKE 'INSERT INTO events_fts %rowid > %' THEN 'fulltext'
        ELSE 'unknown' END,
    CASE WHEN sql LIKE 'CREATE INDEX % ON %' THEN substr(sql, 14, instr(sql, ' ON ') - 14)
        WHEN sql LIKE 'INSERT INTO events_fts %rowid > %' THEN CAST(CAST(substr(sql, instr(sql, 'rowid > ') + 8) AS INTEGER) AS TEXT)
        ELSE sql END
FROM load_deferred;
DROP TABLE load_deferred;
