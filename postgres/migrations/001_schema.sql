-- Documents, their coded events, full-text search over event sentences, and
-- the daily rollups that series read instead of raw events. It mirrors the
-- SQLite schema. Text that is compared or ordered is COLLATE "C", so that
-- ordering is by bytes as in SQLite whatever the database's locale, and so
-- that the prefix matches of filters (LIKE 'IGOUNO%') can use the indexes.
CREATE TABLE documents (
    id     TEXT COLLATE "C" PRIMARY KEY,
    date   TEXT NOT NULL DEFAULT '',
    title  TEXT NOT NULL DEFAULT '',
    url    TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    text   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id            TEXT COLLATE "C" PRIMARY KEY,
    doc           TEXT COLLATE "C" NOT NULL,
    sentence      INTEGER NOT NULL,
    date          TEXT NOT NULL,
    day           TEXT COLLATE "C" NOT NULL,
    src_key       TEXT COLLATE "C" NOT NULL,
    src_code      TEXT COLLATE "C" NOT NULL,
    tgt_key       TEXT COLLATE "C" NOT NULL,
    tgt_code      TEXT COLLATE "C" NOT NULL,
    code          TEXT COLLATE "C" NOT NULL,
    quad          INTEGER NOT NULL,
    goldstein     DOUBLE PRECISION NOT NULL,
    place         TEXT NOT NULL,
    place_country TEXT NOT NULL,
    text          TEXT NOT NULL,
    -- The words of text for full-text search: the 'simple' configuration
    -- lower-cases and does not stem, so every word a user types must appear.
    text_tsv      TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    -- The event record as JSON (spec/EVENTS.md), kept as the bytes Go wrote:
    -- it is only ever read back whole, every filter reads the columns above,
    -- and TEXT costs no parsing at ingest. Cast to jsonb to query inside it.
    record        TEXT NOT NULL
);
CREATE INDEX events_day ON events (day, id);
CREATE INDEX events_dyad ON events (src_key, tgt_key, day);
CREATE INDEX events_target ON events (tgt_key, day);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_text ON events USING gin (text_tsv);

CREATE TABLE rollup_day (
    day       TEXT COLLATE "C" NOT NULL,
    src_key   TEXT COLLATE "C" NOT NULL,
    tgt_key   TEXT COLLATE "C" NOT NULL,
    code      TEXT COLLATE "C" NOT NULL,
    quad      INTEGER NOT NULL,
    n         BIGINT NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (src_key, tgt_key, day, code)
);
CREATE INDEX rollup_day_day ON rollup_day (day);
