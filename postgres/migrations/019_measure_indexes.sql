-- Two partial indexes that let the measures read a range of days without
-- decoding every event of it (issue 17: a week's network or flows read
-- ~14,000 records in the handler and took the cores from every other
-- request). Both are kept by PostgreSQL itself as events are added,
-- removed, judged and clustered again, so nothing else writes them; load
-- mode defers them like the other indexes.
--
-- events_pairs holds what Store.Pairs sums: the first report of each event
-- (cluster = id, as Filter.Unique reads them), not rejected, between two
-- different countries (a country on both sides, so the keys are the
-- countries); its columns answer the sum without the table.
CREATE INDEX IF NOT EXISTS events_pairs ON events (day, src_key, tgt_key, goldstein)
    WHERE cluster = id AND review <> 'rejected' AND src_key <> tgt_key
        AND (record::jsonb -> 'source' ->> 'country') <> ''
        AND (record::jsonb -> 'target' ->> 'country') <> '';
-- events_quantity holds the events with a quantity (Filter.Quantity), the
-- only ones flows count.
CREATE INDEX IF NOT EXISTS events_quantity ON events (day, id)
    WHERE (record::jsonb -> 'quantity') IS NOT NULL;
