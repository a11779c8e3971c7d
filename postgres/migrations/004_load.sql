-- events_target served no query: a target filter ORs the key with a LIKE on
-- the actor code, which has no index, so the planner cannot use it.
DROP INDEX events_target;

-- Full-text search reads a GIN index over the expression rather than over a
-- stored column: the words of a sentence are computed when the index takes
-- them, not kept in every row as well, and load mode defers that work with
-- the index.
DROP INDEX events_text;
ALTER TABLE events DROP COLUMN text_tsv;
CREATE INDEX events_text ON events USING gin (to_tsvector('simple', text));

-- Load mode (Store.BeginLoad): while this table has rows the schema is in
-- it, and each row is work deferred to EndLoad, as the statement that does
-- it: the creation of a dropped index.
CREATE TABLE load_deferred (
    seq SERIAL PRIMARY KEY,
    sql TEXT NOT NULL
);
