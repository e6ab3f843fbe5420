-- Rollups of product usage events: per (source, event name, UTC day) the dense ids of the
-- users who sent the event (a Roaring bitmap, portable serialisation) and the event count.
-- The pseudo-event '$active' holds every user active that day. Written only by the rollup
-- worker; changed_at is the worker's watermark when the row was last written, so readers
-- can cache rows and reload only what changed.
CREATE TABLE usage_rollup (
    source_id  UUID         NOT NULL,
    event_name VARCHAR(200) NOT NULL,
    day_utc    DATE         NOT NULL,
    users      BYTEA        NOT NULL,
    events     BIGINT       NOT NULL,
    changed_at BIGINT       NOT NULL,
    PRIMARY KEY (source_id, event_name, day_utc)
);

CREATE INDEX usage_rollup_changed ON usage_rollup (changed_at);

-- The rollup worker's progress: the sequence number of the last raw event included in the
-- rollups, written in the same transaction as the rollups themselves.
CREATE TABLE usage_rollup_state (
    id         INT                      PRIMARY KEY,
    watermark  BIGINT                   NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO usage_rollup_state (id, watermark, updated_at) VALUES (1, 0, CURRENT_TIMESTAMP);
