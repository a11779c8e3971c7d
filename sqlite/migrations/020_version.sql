-- The store's version (dyad.Versioned): one number that every write
-- transaction adds one to, in the transaction, so that a reader can tell
-- whether anything changed since it last read it and keep answers of the
-- version it read (issue 17: the API remembers answers by version).
CREATE TABLE store_version (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    n   BIGINT NOT NULL
);
INSERT INTO store_version (one, n) VALUES (1, 0);
