create table audit_entry (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(254) not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(64)  not null,
    related_type varchar(40),
    related_id   varchar(64),
    action       varchar(60)  not null,
    summary      varchar(2000),
    before_text  varchar(2000),
    after_text   varchar(2000)
);
create index audit_entry_by_subject on audit_entry (subject_type, subject_id, occurred_at);
create index audit_entry_by_related on audit_entry (related_type, related_id, occurred_at);
create index audit_entry_by_time on audit_entry (occurred_at);
