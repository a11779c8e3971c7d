-- Neither index served a query, and each cost a B-tree insert per stored
-- event: LIKE is case-insensitive in SQLite and so cannot use an index on a
-- column of BINARY collation, and the code filter is a LIKE, while an actor
-- filter ORs the key with a LIKE on the code, which no index can answer.
DROP INDEX events_code;
DROP INDEX events_target;

-- Load mode (Store.BeginLoad): while this table has rows the store is in
-- it, and each row is work deferred to EndLoad, as the statement that does
-- it: the creation of a dropped index, or the full-text entries of the
-- events stored since the load began.
CREATE TABLE load_deferred (
    seq INTEGER PRIMARY KEY,
    sql TEXT NOT NULL
);
