-- One-time links that let an invited user choose a password. Only the SHA-256 of the token is stored.
create table invitation (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint invitation_token_hash_unique unique (token_hash)
);
create index invitation_by_user on invitation (user_id);
