-- OKRs: settings, objectives in an alignment tree, key results and their monthly check-ins.

create table okr_settings (
    id                      int primary key,
    fiscal_year_first_month int    not null,
    version                 bigint not null
);

insert into okr_settings (id, fiscal_year_first_month, version) values (1, 1, 0);

create table okr_objective (
    id              uuid primary key,
    title           varchar(200)  not null,
    why             varchar(2000),
    quarter_label   varchar(7)    not null,
    objective_level varchar(20)   not null,
    owner_id        uuid          not null,
    team_id         uuid,
    group_id        uuid,
    parent_id       uuid references okr_objective (id),
    state           varchar(20)   not null,
    score           numeric(19, 4),
    closed_at       timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         bigint        not null
);

create index okr_objective_quarter on okr_objective (quarter_label);
create index okr_objective_parent on okr_objective (parent_id);

create table okr_key_result (
    id             uuid primary key,
    objective_id   uuid           not null references okr_objective (id),
    statement      varchar(500)   not null,
    unit           varchar(20)    not null,
    baseline       numeric(19, 4) not null,
    target         numeric(19, 4) not null,
    direction      varchar(10)    not null,
    current_value  numeric(19, 4) not null,
    source_kind    varchar(30)    not null,
    source_config  varchar(2000),
    final_score    numeric(19, 4),
    score_reason   varchar(2000),
    created_at     timestamp with time zone not null,
    version        bigint         not null
);

create index okr_key_result_objective on okr_key_result (objective_id);

create table okr_check_in (
    key_result_id    uuid           not null references okr_key_result (id),
    check_in_month   varchar(7)     not null,
    check_value      numeric(19, 4) not null,
    confidence       varchar(10)    not null,
    confidence_score int            not null,
    comment_text     varchar(2000),
    recorded_at      timestamp with time zone not null,
    primary key (key_result_id, check_in_month)
);
