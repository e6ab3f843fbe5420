create table app_user (
    id            uuid primary key,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200),
    role          varchar(16)  not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint app_user_email_unique unique (email)
);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_by_user on api_token (user_id);
