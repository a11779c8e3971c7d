-- Keys of any length. A B-tree entry may take about 2.7 KB, and a document
-- id longer than that (a long URL as an id), or an event whose document is
-- such a URL (a GDELT row's source), failed a whole batch, where SQLite
-- takes them. Documents' ids and events' documents are indexed by hash
-- instead, a few bytes an entry whatever the key's length, and the value
-- is kept whole: documents are kept one an id by an exclusion constraint
-- over a hash index, and sentences found by their document through one.
-- Lookups by these keys are equalities, which a hash index answers; the
-- order of documents by id is a sort.
ALTER TABLE documents DROP CONSTRAINT documents_pkey;
ALTER TABLE documents ADD CONSTRAINT documents_id EXCLUDE USING hash (id WITH =);
ALTER TABLE sentences DROP CONSTRAINT sentences_pkey;
CREATE INDEX sentences_doc ON sentences USING hash (doc);
-- in load mode events_doc is dropped, and EndLoad builds it as the code
-- now does, by hash
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM load_steps) THEN
        DROP INDEX events_doc;
        CREATE INDEX events_doc ON events USING hash (doc);
    END IF;
END $$;
