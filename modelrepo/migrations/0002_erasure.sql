-- Data subjects erased on request (GDPR art. 17, 152-FZ art. 21). The subject is its keyed
-- pseudonym, never the identifier itself. Ingest and dataset builds skip erased subjects so a
-- later pull of the same CRM records does not bring them back.
CREATE TABLE erased_subjects (
    subject   TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL,
    actor     TEXT NOT NULL
);

-- Tombstones of the staged records removed by an erasure: ingest skips them, and communications of
-- an erased client, when the CRM still serves them.
CREATE TABLE erased_records (
    system    TEXT NOT NULL,
    source_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    subject   TEXT NOT NULL REFERENCES erased_subjects(subject),
    PRIMARY KEY (system, source_id)
);
