-- Accounts get a revision history like the records: who changed whose name, role, access,
-- password or lock, when and why (issue 13). The audit table holds what an administrator
-- changes, never the password hash or the sign-in counters: a sign-in is no change to the
-- account, and a hash has no place in a history anyone reads.
--
-- A password reset and an unlock are recorded by the moment they happened
-- (password_changed_at, unlocked_at), so their revisions show what was done without the
-- hash. last_signed_in_at is written by the sign-in itself, outside the history, like the
-- failure counters. created_at is kept from V8 (added here only where an older schema
-- lacks it).
alter table account add column if not exists created_at timestamptz not null default now();
alter table account add column if not exists last_signed_in_at timestamptz;
alter table account add column password_changed_at timestamptz;
alter table account add column unlocked_at timestamptz;

create table account_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint not null,
    username            text,
    display_name        text,
    role                text,
    enabled             boolean,
    password_changed_at timestamptz,
    unlocked_at         timestamptz,
    version             bigint,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create index account_aud_rev_idx on account_aud (rev desc, id);

-- The accounts that exist now start their history here, in one revision of their own, so
-- the first change an administrator makes is shown against what the account was.
do $$
declare
    started bigint;
begin
    if exists (select 1 from account) then
        insert into revision (revised_at, username, summary)
        values (now(), 'system', 'Accounts as they stood when their history began')
        returning id into started;
        insert into account_aud (id, rev, revtype, username, display_name, role, enabled, version, created_at,
                                 updated_at)
        select id, started, 0, username, display_name, role, enabled, version, created_at, updated_at from account;
    end if;
end
$$;
