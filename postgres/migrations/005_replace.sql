-- Replacing documents (Store.Replace): the digest of what each document's
-- coding stored (internal/sqlq.Digest), which tells a new version from the
-- stored one; '' for a document that Add stored, which Replace rewrites.
-- Documents are selected by date too, which compares by bytes as in SQLite.
ALTER TABLE documents ADD COLUMN digest TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ALTER COLUMN date TYPE TEXT COLLATE "C";
