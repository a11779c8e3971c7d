-- Two partial indexes that let the measures read a range of days without
-- decoding every event of it (issue 17: a week's network or flows read
-- ~14,000 records in the handler and took the cores from every other
-- request), over two columns that Add sets from the event: countries, when
-- both sides are actors with a country (Actor.Country), and quantity, when
-- the event has a quantity. Events stored before are read once here. The
-- indexes are kept by SQLite itself as events are added, removed, judged
-- and clustered again; load mode defers them like the other indexes.
ALTER TABLE events ADD COLUMN countries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN quantity INTEGER NOT NULL DEFAULT 0;
UPDATE events SET countries = 1
    WHERE json_extract(record, '$.source.country') <> '' AND json_extract(record, '$.target.country') <> '';
UPDATE events SET quantity = 1 WHERE json_type(record, '$.quantity') IS NOT NULL;
-- events_pairs holds what Store.Pairs sums: the first report of each event
-- (cluster = id, as Filter.Unique reads them), not rejected, between two
-- different countries (with a country on both sides, the keys are the
-- countries); its columns answer the sum without the table.
CREATE INDEX events_pairs ON events (day, src_key, tgt_key, goldstein)
    WHERE cluster = id AND review <> 'rejected' AND src_key <> tgt_key AND countries = 1;
-- events_quantity holds the events with a quantity (Filter.Quantity), the
-- only ones flows count.
CREATE INDEX events_quantity ON events (day, id) WHERE quantity = 1;
