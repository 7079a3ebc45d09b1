-- Editors and administrators. Passwords are stored only as delegating-encoder hashes
-- ({bcrypt}...). Failed logins are counted per account so a lockout survives a restart.
create table account (
    id                  bigint generated always as identity primary key,
    username            text        not null check (username ~ '^[a-z0-9._-]{2,50}$'),
    password_hash       text        not null check (password_hash ~ '^\{[a-z0-9-]+\}'),
    display_name        text        not null check (btrim(display_name) <> ''),
    role                text        not null check (role in ('EDITOR', 'ADMIN')),
    enabled             boolean     not null default true,
    failed_login_count  integer     not null default 0 check (failed_login_count >= 0),
    locked_until        timestamptz,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    constraint account_username_key unique (username)
);
