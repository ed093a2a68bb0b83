-- Registry schema v1. Times are TEXT in the fixed-width UTC form 2006-01-02T15:04:05.000000000Z,
-- so they sort as strings. Digests are "sha256:<hex>".

-- Staging: the on-premise mirror of CRM records (personal data; covered by erasure).
CREATE TABLE staged_records (
    system     TEXT NOT NULL,
    source_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    body       BLOB NOT NULL,
    run_id     TEXT NOT NULL,
    staged_at  TEXT NOT NULL,
    PRIMARY KEY (system, source_id)
) WITHOUT ROWID;
CREATE INDEX staged_records_by_kind ON staged_records (kind, system, source_id);

CREATE TABLE source_cursors (
    source     TEXT PRIMARY KEY,
    cursor     TEXT NOT NULL,
    run_id     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Pipeline runs. At most one running run per pipeline, enforced here so that two processes
-- cannot both start one.
CREATE TABLE runs (
    id           TEXT PRIMARY KEY,
    pipeline     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    started_at   TEXT NOT NULL,
    heartbeat_at TEXT NOT NULL,
    finished_at  TEXT NOT NULL DEFAULT '',
    report       BLOB,
    error        TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX runs_one_running ON runs (pipeline) WHERE status = 'running';
CREATE INDEX runs_by_pipeline ON runs (pipeline, started_at);

CREATE TABLE dataset_versions (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    version            INTEGER NOT NULL,
    manifest_key       TEXT NOT NULL,
    manifest_digest    TEXT NOT NULL,
    source_run_id      TEXT REFERENCES runs (id),
    anonymizer_version TEXT NOT NULL,
    records            INTEGER NOT NULL,
    train_records      INTEGER NOT NULL,
    eval_records       INTEGER NOT NULL,
    stats              BLOB,
    created_at         TEXT NOT NULL,
    UNIQUE (name, version),
    UNIQUE (name, manifest_digest)
);

CREATE TABLE dataset_files (
    dataset_version_id TEXT NOT NULL REFERENCES dataset_versions (id),
    role               TEXT NOT NULL,
    key                TEXT NOT NULL,
    digest             TEXT NOT NULL,
    size               INTEGER NOT NULL,
    records            INTEGER NOT NULL,
    PRIMARY KEY (dataset_version_id, key)
);

-- Data-subject pseudonyms (keyed HMACs) per dataset version: subject → datasets → models.
CREATE TABLE dataset_subjects (
    subject            TEXT NOT NULL,
    dataset_version_id TEXT NOT NULL REFERENCES dataset_versions (id),
    PRIMARY KEY (subject, dataset_version_id)
) WITHOUT ROWID;

CREATE TABLE model_versions (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL,
    version               INTEGER NOT NULL,
    dataset_version_id    TEXT NOT NULL REFERENCES dataset_versions (id),
    training_job_id       TEXT NOT NULL,
    driver                TEXT NOT NULL,
    recipe                TEXT NOT NULL,
    adapter_key           TEXT NOT NULL,
    adapter_digest        TEXT NOT NULL,
    adapter_config_key    TEXT NOT NULL,
    adapter_config_digest TEXT NOT NULL,
    base_model            TEXT NOT NULL,
    base_digest           TEXT NOT NULL,
    base_hf_id            TEXT NOT NULL,
    chat_template         TEXT NOT NULL,
    params                BLOB,
    status                TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    UNIQUE (name, version),
    UNIQUE (name, adapter_digest)
);
CREATE INDEX model_versions_by_dataset ON model_versions (dataset_version_id);

CREATE TABLE evals (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    model_version_id TEXT NOT NULL REFERENCES model_versions (id),
    suite            TEXT NOT NULL,
    metric           TEXT NOT NULL,
    candidate        REAL NOT NULL,
    base             REAL,
    production       REAL,
    n                INTEGER NOT NULL,
    passed           INTEGER NOT NULL,
    details          BLOB,
    created_at       TEXT NOT NULL
);
CREATE INDEX evals_by_model ON evals (model_version_id, id);

CREATE TABLE aliases (
    alias            TEXT PRIMARY KEY,
    model_version_id TEXT NOT NULL REFERENCES model_versions (id),
    actor            TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE alias_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    alias        TEXT NOT NULL,
    from_version TEXT NOT NULL,
    to_version   TEXT NOT NULL REFERENCES model_versions (id),
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX alias_history_by_alias ON alias_history (alias, id);

CREATE TABLE deployments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    model_version_id TEXT NOT NULL REFERENCES model_versions (id),
    ollama_model     TEXT NOT NULL,
    adapter_digest   TEXT NOT NULL,
    base_digest      TEXT NOT NULL,
    manifest_digest  TEXT NOT NULL,
    at               TEXT NOT NULL
);
CREATE INDEX deployments_by_model ON deployments (model_version_id, id);

-- Append-only, hash-chained audit log. The triggers stop accidental edits; the hash chain and
-- the head row make deliberate ones (triggers dropped) detectable by VerifyAudit.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');
