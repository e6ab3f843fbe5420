-- A month's review as it was when the month was closed: the whole review as JSON, never changed afterwards.
create table review_snapshot (
    review_month varchar(7)               primary key,
    content      text                     not null,
    closed_at    timestamp with time zone not null,
    closed_by    varchar(320)             not null
);
