-- A judgement's document may have an id of any length (016): index it by
-- hash, as the documents and events are, not in a B-tree whose rows must
-- fit in a page.
DROP INDEX judgements_doc;
CREATE INDEX judgements_doc ON judgements USING hash (doc);
