-- The sentences of stored documents as the coder split them, and catalogues
-- of the actors and places the events name.
CREATE TABLE sentences (
    doc   TEXT COLLATE "C" NOT NULL,
    idx   INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
);

CREATE VIEW actors AS
    SELECT code, key, count(*) AS events FROM (
        SELECT src_code AS code, src_key AS key FROM events WHERE src_code <> ''
        UNION ALL SELECT tgt_code, tgt_key FROM events WHERE tgt_code <> '') AS sides
    GROUP BY code, key;

CREATE VIEW places AS
    SELECT place AS name, place_country AS country, count(*) AS events
    FROM events WHERE place <> '' GROUP BY place, place_country;
