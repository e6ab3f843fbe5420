-- Forecast settings: one row. The throughput window, the number of trials, how many of a
-- team's next items its page forecasts, and how unsure the remaining scope is: a range
-- (percent of the counted items, drawn per trial) and a split factor range (percent,
-- stories split as work proceeds). Defaults: the exact count, no splitting.
create table forecast_settings (
    id                 integer primary key,
    window_weeks       integer not null,
    trials             integer not null,
    team_items         integer not null,
    scope_low_percent  integer not null,
    scope_high_percent integer not null,
    split_low_percent  integer not null,
    split_high_percent integer not null,
    version            bigint  not null
);

insert into forecast_settings (id, window_weeks, trials, team_items, scope_low_percent, scope_high_percent,
                               split_low_percent, split_high_percent, version)
values (1, 12, 10000, 10, 100, 100, 100, 100, 0);
