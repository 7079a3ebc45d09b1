-- Officials and other speakers. current_title is today's; a statement keeps the title at the time.
create table person (
    id              bigint generated always as identity primary key,
    name            text        not null check (btrim(name) <> ''),
    slug            text        not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    party           text        check (btrim(party) <> ''),
    current_title   text        check (btrim(current_title) <> ''),
    jurisdiction_id bigint      references jurisdiction (id),
    organization    text        check (btrim(organization) <> ''),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint      not null default 0,
    constraint person_slug_key unique (slug)
);

create index person_jurisdiction_id_idx on person (jurisdiction_id);
create index person_name_idx on person (name);
