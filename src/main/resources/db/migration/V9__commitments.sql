-- A team's commitments for a quarter, agreed when both halves of its duo have signed the current content.
create table okr_commitment_set (
    id       uuid primary key,
    team_id  uuid        not null references org_team (id),
    quarter  varchar(7)  not null,
    unit     varchar(20) not null,
    capacity numeric(12, 2) not null,
    version  bigint      not null,
    constraint okr_commitment_set_team_quarter unique (team_id, quarter)
);

create table okr_commitment (
    set_id          uuid          not null references okr_commitment_set (id),
    position        integer       not null,
    id              uuid          not null,
    title           varchar(300)  not null,
    objective_id    uuid,
    roadmap_item_id uuid,
    estimate        numeric(12, 2) not null,
    constraint okr_commitment_pk primary key (set_id, position)
);

create table okr_commitment_signature (
    set_id     uuid         not null references okr_commitment_set (id),
    position   integer      not null,
    side       varchar(20)  not null,
    person_id  uuid,
    signed_by  varchar(254) not null,
    on_behalf  boolean      not null,
    signed_at  timestamp with time zone not null,
    constraint okr_commitment_signature_pk primary key (set_id, position)
);
