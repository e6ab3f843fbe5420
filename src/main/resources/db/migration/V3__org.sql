-- The organisation: people and their hats, groups of teams, teams with needed skills and members.
-- Names are unique ignoring case through a lower-cased key column (no expression indexes, so H2 and PostgreSQL agree).
create table org_person (
    id         uuid primary key,
    name       varchar(200) not null,
    email      varchar(254) not null,
    user_id    uuid,
    created_at timestamp with time zone not null,
    version    bigint       not null,
    constraint org_person_email_unique unique (email),
    constraint org_person_user_unique unique (user_id)
);

create table org_hat (
    id        uuid primary key,
    person_id uuid        not null references org_person (id),
    kind      varchar(40) not null,
    starts_on date        not null,
    ends_on   date
);
create index org_hat_by_person on org_hat (person_id);

create table org_group (
    id                      uuid primary key,
    name                    varchar(200) not null,
    name_key                varchar(200) not null,
    mission                 varchar(2000),
    product_director_id     uuid references org_person (id),
    engineering_manager_id  uuid references org_person (id),
    version                 bigint not null,
    constraint org_group_name_unique unique (name_key)
);

create table org_team (
    id                  uuid primary key,
    name                varchar(200) not null,
    name_key            varchar(200) not null,
    mission             varchar(2000),
    kind                varchar(40)  not null,
    product_manager_id  uuid references org_person (id),
    lead_developer_id   uuid references org_person (id),
    group_id            uuid references org_group (id),
    version             bigint not null,
    constraint org_team_name_unique unique (name_key)
);
create index org_team_by_group on org_team (group_id);

create table org_team_skill (
    team_id uuid        not null references org_team (id),
    skill   varchar(40) not null,
    constraint org_team_skill_pk primary key (team_id, skill)
);

-- A member's skills are a comma-separated list of normalised skill codes (codes never contain commas).
create table org_membership (
    team_id            uuid    not null references org_team (id),
    person_id          uuid    not null references org_person (id),
    skills             varchar(1000) not null,
    allocation_percent integer not null,
    constraint org_membership_pk primary key (team_id, person_id)
);
create index org_membership_by_person on org_membership (person_id);
