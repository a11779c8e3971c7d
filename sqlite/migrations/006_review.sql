-- Review (Store.Judge): reviewers' judgements, appended and never
-- overwritten; the latest of a thread (the judgements of one event) is in
-- force, and the event is stored as it makes it, its status in review.
CREATE TABLE judgements (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    thread   TEXT NOT NULL, -- the id of the event's first judgement
    doc      TEXT NOT NULL,
    event    TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    anchor   TEXT NOT NULL, -- what a new coding re-attaches the thread by (internal/sqlq.Anchor)
    record   TEXT NOT NULL  -- the judgement as JSON
);
CREATE INDEX judgements_doc ON judgements (doc);
CREATE INDEX judgements_thread ON judgements (thread, seq);
CREATE INDEX judgements_event ON judgements (event);

ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT '';
