-- Jira import: an item brought in from another tracker keeps that tracker's key (e.g. "SHOP-42") so importing the
-- same export again finds it instead of duplicating it. The key is unique across all teams: one Jira issue is one
-- piece of work, whichever team imported it (several nulls are allowed for items created in Tandem).
alter table work_item add column external_key varchar(100);
create unique index work_item_by_external_key on work_item (external_key);
