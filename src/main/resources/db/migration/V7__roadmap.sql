-- The outcome roadmap: items in Now / Next / Later / Vision lanes, ranked by a dense position (1, 2, 3…) within
-- their lane, owned by teams and tied to objectives. Teams and objectives belong to other modules, so they are kept
-- as ids without foreign keys; an item never carries a due date.
create table roadmap_item (
    id            uuid primary key,
    title         varchar(200)  not null,
    problem       varchar(4000),
    outcome       varchar(4000),
    measure       varchar(2000),
    lane          varchar(20)   not null,
    lane_position integer       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null,
    constraint roadmap_item_lane check (lane in ('NOW', 'NEXT', 'LATER', 'VISION')),
    constraint roadmap_item_position check (lane_position >= 1)
);
create index roadmap_item_by_lane on roadmap_item (lane, lane_position);

create table roadmap_item_team (
    item_id uuid not null references roadmap_item (id) on delete cascade,
    team_id uuid not null,
    primary key (item_id, team_id)
);
create index roadmap_item_team_by_team on roadmap_item_team (team_id);

create table roadmap_item_objective (
    item_id      uuid not null references roadmap_item (id) on delete cascade,
    objective_id uuid not null,
    primary key (item_id, objective_id)
);
create index roadmap_item_objective_by_objective on roadmap_item_objective (objective_id);

-- One row that every roadmap write locks (select … for update), so two people reordering a lane at the same moment
-- are applied one after the other and positions never collide.
create table roadmap_board_lock (
    id varchar(20) primary key
);
insert into roadmap_board_lock (id) values ('board');
