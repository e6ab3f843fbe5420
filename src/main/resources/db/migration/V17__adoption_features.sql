-- Features as adoption measures them: the events that mean "used it" (one or more), optionally the one source
-- whose events count and the delivery work item (kind FEATURE) whose release starts the adoption window, and the
-- target: target_percent of active users within window_days days of release. Sources and work items belong to
-- other parts of the application and are kept as ids without foreign keys.
CREATE TABLE adoption_feature (
    id             UUID                     PRIMARY KEY,
    name           VARCHAR(200)             NOT NULL,
    source_id      UUID,
    work_item_id   UUID,
    target_percent NUMERIC(5, 2)            NOT NULL,
    window_days    INT                      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT adoption_feature_target CHECK (target_percent >= 0 AND target_percent <= 100),
    CONSTRAINT adoption_feature_window CHECK (window_days BETWEEN 1 AND 365)
);

CREATE INDEX adoption_feature_by_work_item ON adoption_feature (work_item_id);

CREATE TABLE adoption_feature_event (
    feature_id UUID         NOT NULL REFERENCES adoption_feature (id) ON DELETE CASCADE,
    event_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (feature_id, event_name)
);

CREATE INDEX adoption_feature_event_by_name ON adoption_feature_event (event_name);
