-- When an experiment concluded, so a month's review can list the experiments concluded in it. Experiments
-- concluded before this column existed take their creation time, the best time known.
alter table discovery_experiment add column concluded_at timestamp with time zone;
update discovery_experiment set concluded_at = created_at where status = 'CONCLUDED';
