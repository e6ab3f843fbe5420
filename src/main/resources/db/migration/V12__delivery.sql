-- Delivery: work items owned by teams, moved through a workflow whose every step is kept with its time, so cycle
-- time and throughput can be computed from the history. Teams, people and roadmap items belong to other modules and
-- are kept as ids without foreign keys.
create table work_item (
    id                  uuid primary key,
    kind                varchar(20)   not null,
    title               varchar(200)  not null,
    description         varchar(20000),
    team_id             uuid          not null,
    parent_id           uuid references work_item (id),
    roadmap_item_id     uuid,
    state               varchar(20)   not null,
    estimate_points     integer,
    estimate_size       varchar(4),
    estimate_without_qa boolean,
    estimated_at        timestamp with time zone,
    created_at          timestamp with time zone not null,
    version             bigint        not null,
    constraint work_item_kind check (kind in ('FEATURE', 'STORY', 'BUG', 'DEBT', 'CHORE')),
    constraint work_item_state check (state in ('BACKLOG', 'READY', 'IN_PROGRESS', 'IN_REVIEW', 'DONE', 'RELEASED'))
);
create index work_item_by_team on work_item (team_id, state);
create index work_item_by_parent on work_item (parent_id);
create index work_item_by_roadmap_item on work_item (roadmap_item_id);

create table work_item_skill (
    item_id uuid        not null references work_item (id) on delete cascade,
    skill   varchar(40) not null,
    primary key (item_id, skill)
);

create table work_item_assignee (
    item_id   uuid not null references work_item (id) on delete cascade,
    person_id uuid not null,
    primary key (item_id, person_id)
);

create table work_item_label (
    item_id uuid        not null references work_item (id) on delete cascade,
    label   varchar(40) not null,
    primary key (item_id, label)
);
create index work_item_label_by_label on work_item_label (label);

create table work_item_estimator (
    item_id   uuid not null references work_item (id) on delete cascade,
    person_id uuid not null,
    primary key (item_id, person_id)
);

-- Every move through the workflow, forward or backward, in order. Cycle time reads the first arrival in IN_PROGRESS
-- and the last arrival in DONE; throughput reads arrivals in DONE by day.
create table work_item_transition (
    item_id      uuid        not null references work_item (id) on delete cascade,
    seq          integer     not null,
    from_state   varchar(20),
    to_state     varchar(20) not null,
    happened_at  timestamp with time zone not null,
    by_person_id uuid,
    by_email     varchar(320),
    primary key (item_id, seq)
);
create index work_item_transition_by_state on work_item_transition (to_state, happened_at);

-- "A blocks B": B cannot sensibly finish before A; across teams too.
create table work_item_dependency (
    blocker_id uuid not null references work_item (id) on delete cascade,
    blocked_id uuid not null references work_item (id) on delete cascade,
    primary key (blocker_id, blocked_id),
    constraint work_item_dependency_not_self check (blocker_id <> blocked_id)
);
create index work_item_dependency_by_blocked on work_item_dependency (blocked_id);

create table delivery_release (
    id          uuid primary key,
    name        varchar(200) not null,
    released_at timestamp with time zone not null,
    released_by varchar(320)
);

create table delivery_release_item (
    release_id uuid not null references delivery_release (id) on delete cascade,
    item_id    uuid not null references work_item (id) on delete cascade,
    primary key (release_id, item_id)
);

-- A team's t-shirt sizes in points; a team without a row uses XS=1, S=2, M=3, L=5, XL=8.
create table delivery_team_sizes (
    team_id uuid primary key,
    xs      integer not null,
    s       integer not null,
    m       integer not null,
    l       integer not null,
    xl      integer not null
);

-- One row that dependency changes lock (select … for update), so two additions made at the same moment cannot close
-- a loop together.
create table delivery_lock (
    id varchar(20) primary key
);
insert into delivery_lock (id) values ('dependencies');
