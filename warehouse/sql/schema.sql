-- Warehouse tables. Column names and meaning: schemas/models.py (docs/data-dictionary.md).
-- Primary keys only, no foreign keys (they break MERGE upserts in DuckDB); references are
-- checked by pandera before loading and by tests/sql/relationships.sql after.

CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY,
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    published_at TIMESTAMP,
    language VARCHAR,
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    text_hash VARCHAR NOT NULL,
    raw_path VARCHAR NOT NULL,
    raw_line BIGINT,
    ingested_at TIMESTAMP NOT NULL,
    extractor_version VARCHAR NOT NULL,
    ingest_warnings VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    actor_type VARCHAR NOT NULL,
    country_code VARCHAR,
    aliases VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS article_actors (
    article_actor_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    actor_key VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    actor_type VARCHAR NOT NULL,
    country_code VARCHAR,
    aliases VARCHAR NOT NULL,
    role_titles VARCHAR NOT NULL,
    actor_id VARCHAR,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    mention_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    actor_id VARCHAR,
    actor_key VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    role_title VARCHAR,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    speaker_actor_id VARCHAR,
    speaker_actor_key VARCHAR,
    speaker_text VARCHAR,
    kind VARCHAR NOT NULL,
    cue VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    sentence VARCHAR NOT NULL,
    confidence DOUBLE,
    extractor_version VARCHAR NOT NULL,
    statement_date DATE,
    date_precision VARCHAR,
    date_text VARCHAR
);
-- Warehouses written before statements had dates get the columns (at the end, as above).
ALTER TABLE statements ADD COLUMN IF NOT EXISTS statement_date DATE;
ALTER TABLE statements ADD COLUMN IF NOT EXISTS date_precision VARCHAR;
ALTER TABLE statements ADD COLUMN IF NOT EXISTS date_text VARCHAR;

CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    event_type VARCHAR NOT NULL,
    plover_type VARCHAR NOT NULL,
    mode VARCHAR,
    trigger VARCHAR NOT NULL,
    source_actor_id VARCHAR,
    target_actor_id VARCHAR,
    source_actor_key VARCHAR,
    target_actor_key VARCHAR,
    place_id VARCHAR,
    event_date DATE,
    date_precision VARCHAR,
    date_text VARCHAR,
    negated BOOLEAN NOT NULL,
    status VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    confidence DOUBLE,
    extractor_version VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    actor_id VARCHAR,
    actor_key VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (event_id, actor_key, role)
);

CREATE TABLE IF NOT EXISTS places (
    place_id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    place_type VARCHAR NOT NULL,
    country_code VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE
);

CREATE TABLE IF NOT EXISTS rejects (
    reject_id VARCHAR PRIMARY KEY,
    run_id VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    raw_path VARCHAR,
    raw_line BIGINT,
    article_id VARCHAR,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    articles_seen BIGINT NOT NULL,
    articles_loaded BIGINT NOT NULL,
    articles_skipped BIGINT NOT NULL,
    rejects BIGINT NOT NULL,
    extractor_version VARCHAR NOT NULL
);
