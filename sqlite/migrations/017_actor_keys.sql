-- The catalogue of the keys under which each actor code is stored, on
-- either side of an event (code RUSGOV under key RUS, IGOUNOSEC under
-- IGOUNOSEC). A filter on a pair turns each side's code prefix into the
-- keys it may match through it, so that the index on (src_key, tgt_key,
-- day) answers the pair: the condition alone (a key, or a code LIKE a
-- prefix, which SQLite compares without regard to case and so cannot take
-- from an index) scanned every event. Rows are only ever added: a
-- catalogue that lists a pair no event has any longer costs a look-up that
-- finds nothing, never a wrong answer.
CREATE TABLE actor_keys (
    code TEXT NOT NULL,
    key  TEXT NOT NULL,
    PRIMARY KEY (code, key)
) WITHOUT ROWID;
INSERT INTO actor_keys (code, key)
SELECT src_code, src_key FROM events WHERE src_code <> ''
UNION SELECT tgt_code, tgt_key FROM events WHERE tgt_code <> '';
