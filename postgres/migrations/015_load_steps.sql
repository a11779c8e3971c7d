-- Load mode's deferred work as data: each row names a step that the code
-- maps to its own statements ('index', with the name of an index it knows;
-- 'rollups', computing the rollups afresh; 'rollup-key', rollup_day's
-- primary key), where load_deferred held SQL text that the next Open ran,
-- so that on a shared schema whoever could write that table ran any
-- statement as the next user. A step the code does not know is an error,
-- never run. The rows of a load under way carry over; one that is none of
-- these becomes a step named 'unknown', which stops the next Open.
CREATE TABLE load_steps (
    seq  SERIAL PRIMARY KEY,
    step TEXT NOT NULL,
    arg  TEXT NOT NULL DEFAULT ''
);
INSERT INTO load_steps (step, arg)
SELECT CASE WHEN sql LIKE 'CREATE INDEX % ON %' THEN 'index'
        WHEN sql LIKE 'INSERT INTO rollup_day %' THEN 'rollups'
        WHEN sql LIKE 'ALTER TABLE rollup_day ADD CONSTRAINT rollup_day_pkey %' THEN 'rollup-key'
        ELSE 'unknown' END,
    CASE WHEN sql LIKE 'CREATE INDEX % ON %' THEN split_part(sql, ' ', 3)
        WHEN sql LIKE 'INSERT INTO rollup_day %' OR sql LIKE 'ALTER TABLE rollup_day ADD CONSTRAINT rollup_day_pkey %' THEN ''
        ELSE sql END
FROM load_deferred
WHERE sql NOT LIKE 'SET LOCAL %' AND sql NOT LIKE 'TRUNCATE %'
ORDER BY seq;
DROP TABLE load_deferred;
