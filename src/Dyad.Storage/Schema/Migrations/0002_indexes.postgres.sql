-- PostgreSQL needs B-tree indexes for the dedup look-up, series and report joins. DuckDB records
-- this version without running anything: its zone maps serve those scans, and ART indexes would
-- slow bulk ingest.
CREATE INDEX events_dedup ON events (dedup_key, date_start);
CREATE INDEX events_dyad ON events (source_principal, target_principal, date_start);
CREATE INDEX events_target ON events (target_principal);
CREATE INDEX events_date ON events (date_start, event_id);
CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_doc ON reports (doc_key);
