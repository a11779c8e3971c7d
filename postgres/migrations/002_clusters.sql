-- De-duplication: every event belongs to a cluster, named by the id of its
-- first stored report (see internal/sqlq.Cluster for the rule).
ALTER TABLE events ADD COLUMN cluster TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX events_cluster ON events (cluster);
