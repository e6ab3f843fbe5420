-- Discovery: insights (user evidence), opportunities (user problems) supported by insights, ideas that answer an
-- opportunity (optionally tied to a roadmap item, kept as an id without a foreign key because roadmap is downstream),
-- experiments that test an idea, and the evidence guardrail with its overrides.
create table discovery_insight (
    id          uuid primary key,
    body        varchar(4000) not null,
    kind        varchar(30)   not null,
    source      varchar(200)  not null,
    observed_on date          not null,
    link        varchar(2000),
    created_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint discovery_insight_kind check (kind in ('INTERVIEW', 'FEEDBACK', 'SUPPORT_TICKET', 'SALES_CALL', 'SURVEY',
                                                      'DATA_ANALYSIS'))
);
create index discovery_insight_by_date on discovery_insight (observed_on);

create table discovery_insight_tag (
    insight_id uuid        not null references discovery_insight (id) on delete cascade,
    tag        varchar(50) not null,
    primary key (insight_id, tag)
);
create index discovery_insight_tag_by_tag on discovery_insight_tag (tag);

create table discovery_opportunity (
    id          uuid primary key,
    title       varchar(200)  not null,
    description varchar(4000),
    created_at  timestamp with time zone not null,
    version     bigint        not null
);

create table discovery_opportunity_insight (
    opportunity_id uuid not null references discovery_opportunity (id) on delete cascade,
    insight_id     uuid not null references discovery_insight (id) on delete cascade,
    primary key (opportunity_id, insight_id)
);
create index discovery_opportunity_insight_by_insight on discovery_opportunity_insight (insight_id);

create table discovery_idea (
    id              uuid primary key,
    opportunity_id  uuid          not null references discovery_opportunity (id),
    title           varchar(200)  not null,
    description     varchar(4000),
    roadmap_item_id uuid,
    created_at      timestamp with time zone not null,
    version         bigint        not null
);
create index discovery_idea_by_opportunity on discovery_idea (opportunity_id);
create index discovery_idea_by_roadmap_item on discovery_idea (roadmap_item_id);

create table discovery_experiment (
    id                uuid primary key,
    idea_id           uuid          not null references discovery_idea (id),
    hypothesis        varchar(2000) not null,
    method            varchar(30)   not null,
    success_criterion varchar(2000) not null,
    status            varchar(20)   not null,
    result            varchar(20),
    learnings         varchar(4000),
    prototype_link    varchar(2000),
    created_at        timestamp with time zone not null,
    version           bigint        not null,
    constraint discovery_experiment_method check (method in ('PROTOTYPE', 'INTERVIEW_ROUND', 'FAKE_DOOR', 'AB_TEST',
                                                             'CONCIERGE', 'SURVEY', 'OTHER')),
    constraint discovery_experiment_status check (status in ('PLANNED', 'RUNNING', 'CONCLUDED')),
    constraint discovery_experiment_result check (
        (status = 'CONCLUDED' and result in ('VALIDATED', 'INVALIDATED', 'INCONCLUSIVE'))
        or (status <> 'CONCLUDED' and result is null))
);
create index discovery_experiment_by_idea on discovery_experiment (idea_id);

-- The one evidence guardrail rule; disabled until an administrator turns it on.
create table discovery_guardrail (
    id                            integer primary key,
    enabled                       boolean      not null,
    minimum_insights              integer      not null,
    validated_experiment_suffices boolean      not null,
    override_hats                 varchar(500) not null,
    version                       bigint       not null,
    constraint discovery_guardrail_one_row check (id = 1),
    constraint discovery_guardrail_minimum check (minimum_insights >= 0)
);
insert into discovery_guardrail (id, enabled, minimum_insights, validated_experiment_suffices, override_hats, version)
values (1, false, 3, true, 'CPO,HEAD_OF_UX', 0);

-- Who let a roadmap item go ahead without the evidence the guardrail asks for, and why. Never changed once written.
create table discovery_guardrail_override (
    id              uuid primary key,
    roadmap_item_id uuid          not null,
    reason          varchar(2000) not null,
    person_id       uuid          not null,
    person_name     varchar(200)  not null,
    hat             varchar(30)   not null,
    created_at      timestamp with time zone not null
);
create index discovery_guardrail_override_by_item on discovery_guardrail_override (roadmap_item_id, created_at);
