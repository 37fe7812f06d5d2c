-- Dyad store, version 1. Shared by DuckDB and PostgreSQL: keep to the SQL both accept.
-- Column order matters: bulk loaders (DuckDB appender, PostgreSQL COPY) write rows in this order
-- (Sql/Rows.cs lists the same columns).

-- One row per stored document; doc_key is its identity (content hash, with the URL when given).
CREATE TABLE documents (
    doc_key         TEXT PRIMARY KEY,
    content_sha256  TEXT NOT NULL,
    doc             TEXT NOT NULL,
    url             TEXT,
    host            TEXT NOT NULL,
    title           TEXT,
    published       TEXT,
    byline          TEXT,
    language        TEXT,
    site_name       TEXT,
    text            TEXT NOT NULL,
    ingested_at     TIMESTAMP NOT NULL
);

-- Report ids; an event takes the id of its first report, so one sequence serves both tables.
CREATE SEQUENCE report_ids START 1;

-- One row per real event (reports merged across articles). Holds the columns queries filter and
-- group on, precomputed at the level dedup and series use (principal actor, CAMEO root, date window).
CREATE TABLE events (
    event_id          BIGINT PRIMARY KEY,
    dedup_key         TEXT NOT NULL,
    source_code       TEXT NOT NULL,
    target_code       TEXT NOT NULL,
    source_principal  TEXT NOT NULL,
    target_principal  TEXT NOT NULL,
    cameo             TEXT NOT NULL,
    cameo_root        TEXT NOT NULL,
    quad_class        SMALLINT NOT NULL,
    goldstein         DOUBLE PRECISION NOT NULL,
    plover_type       TEXT NOT NULL,
    date              TEXT,
    date_start        DATE,
    date_end          DATE,
    location_name     TEXT,
    location_country  TEXT,
    mentions          INTEGER NOT NULL,
    articles          INTEGER NOT NULL,
    sources           INTEGER NOT NULL
);

-- One row per report: an event as one article's sentence gave it, with all schema-1 fields and
-- the evidence (sentence, trigger offsets, rule). date_start/date_end are the window dedup
-- compares: the event date, or the publication date when the text gives none.
CREATE TABLE reports (
    report_id         BIGINT PRIMARY KEY,
    event_id          BIGINT NOT NULL,
    doc_key           TEXT NOT NULL,
    host              TEXT NOT NULL,
    doc               TEXT NOT NULL,
    coder_event_id    TEXT NOT NULL,
    source_code       TEXT NOT NULL,
    source_name       TEXT NOT NULL,
    source_text       TEXT NOT NULL,
    source_start      INTEGER NOT NULL,
    source_end        INTEGER NOT NULL,
    target_code       TEXT NOT NULL,
    target_name       TEXT NOT NULL,
    target_text       TEXT NOT NULL,
    target_start      INTEGER NOT NULL,
    target_end        INTEGER NOT NULL,
    cameo             TEXT NOT NULL,
    cameo_name        TEXT NOT NULL,
    goldstein         DOUBLE PRECISION NOT NULL,
    plover_type       TEXT NOT NULL,
    plover_mode       TEXT,
    plover_context    TEXT,
    date              TEXT,
    reported          TEXT,
    date_start        DATE,
    date_end          DATE,
    location_name     TEXT,
    location_country  TEXT,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    quantity_count    BIGINT,
    quantity_what     TEXT,
    quantity_from     BIGINT,
    quantity_to       BIGINT,
    modality          TEXT NOT NULL,
    sentence          TEXT NOT NULL,
    trigger_text      TEXT NOT NULL,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    rule              TEXT NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL
);
