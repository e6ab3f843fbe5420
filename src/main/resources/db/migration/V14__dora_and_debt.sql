-- Delivery quality (DORA): deployments and incidents recorded by CI/CD, and technical debt on DEBT work items.
create table delivery_deployment (
    id          uuid primary key,
    service     varchar(100) not null,
    team_id     uuid         not null,
    version     varchar(100) not null,
    deployed_at timestamp with time zone not null,
    status      varchar(20)  not null,
    recorded_by varchar(320),
    constraint delivery_deployment_status check (status in ('SUCCESS', 'FAILED', 'ROLLED_BACK'))
);
create index delivery_deployment_by_team on delivery_deployment (team_id, deployed_at);
create index delivery_deployment_by_service on delivery_deployment (service, deployed_at);

create table delivery_deployment_commit (
    deployment_id uuid        not null references delivery_deployment (id) on delete cascade,
    sha           varchar(64) not null,
    committed_at  timestamp with time zone not null,
    primary key (deployment_id, sha)
);

create table delivery_incident (
    id                     uuid primary key,
    service                varchar(100) not null,
    team_id                uuid         not null,
    started_at             timestamp with time zone not null,
    resolved_at            timestamp with time zone,
    caused_by_deployment_id uuid references delivery_deployment (id),
    recorded_by            varchar(320)
);
create index delivery_incident_by_team on delivery_incident (team_id, started_at);
create index delivery_incident_by_deployment on delivery_incident (caused_by_deployment_id);

-- Technical debt, in hours: principal = effort to pay it back, interest = hours lost per week while it stays.
alter table work_item add column debt_principal_hours numeric(8, 1);
alter table work_item add column debt_interest_hours numeric(8, 1);

-- A team's debt budget: the share of its throughput it means to spend on debt. A team without a row has 20 %.
create table delivery_debt_budget (
    team_id uuid primary key,
    percent integer not null,
    version bigint  not null,
    constraint delivery_debt_budget_percent check (percent between 0 and 100)
);
