-- Documents, their coded events, full-text search over event sentences, and
-- the daily rollups that series read instead of raw events.
CREATE TABLE documents (
    id     TEXT PRIMARY KEY,
    date   TEXT NOT NULL DEFAULT '',
    title  TEXT NOT NULL DEFAULT '',
    url    TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    text   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id            TEXT PRIMARY KEY,
    doc           TEXT NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT NOT NULL,
    day           TEXT NOT NULL,
    src_key       TEXT NOT NULL,
    src_code      TEXT NOT NULL,
    tgt_key       TEXT NOT NULL,
    tgt_code      TEXT NOT NULL,
    code          TEXT NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     REAL NOT NULL,
    place         TEXT NOT NULL,
    place_country TEXT NOT NULL,
    text          TEXT NOT NULL,
    record        TEXT NOT NULL -- the event record as JSON (spec/EVENTS.md)
);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_dyad ON events (src_key, tgt_key, day);
CREATE INDEX events_target ON events (tgt_key, day);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_doc ON events (doc);

CREATE VIRTUAL TABLE events_fts USING fts5 (text, content = 'events', content_rowid = 'rowid');

CREATE TABLE rollup_day (
    day       TEXT NOT NULL,
    src_key   TEXT NOT NULL,
    tgt_key   TEXT NOT NULL,
    code      TEXT NOT NULL,
    quad      INTEGER NOT NULL,
    n         INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (src_key, tgt_key, day, code)
) WITHOUT ROWID;
CREATE INDEX rollup_day_day ON rollup_day (day);
