-- A team's t-shirt sizes carry a version, so that two people editing the scale at once do not overwrite each other
-- silently. Rows written before have version 1; a team without a row is at version 0.
alter table delivery_team_sizes add column version bigint default 1 not null;
