-- Terms of office: a title a person held in a jurisdiction (Mayor of Chicago), from and to
-- each as far as a source tells and at the precision it supports, each with its source. A
-- page says what the sources support ("Mayor, Chicago, as reported in 2016") instead of one
-- current title that goes stale the day the person leaves office.
create sequence person_term_id_seq increment by 50;

create table person_term (
    id                  bigint      primary key default nextval('person_term_id_seq'),
    person_id           bigint      not null references person (id) on delete cascade,
    title               text        not null check (btrim(title) <> ''),
    jurisdiction_id     bigint      references jurisdiction (id),
    held_from           date,
    held_from_precision text        check (held_from_precision in ('DAY', 'MONTH', 'YEAR')),
    held_to             date,
    held_to_precision   text        check (held_to_precision in ('DAY', 'MONTH', 'YEAR')),
    source_id           bigint      not null references source (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    constraint person_term_held_from_precision check (
        (held_from is null) = (held_from_precision is null)
        and (held_from_precision is distinct from 'MONTH' or extract(day from held_from) = 1)
        and (held_from_precision is distinct from 'YEAR' or (extract(day from held_from) = 1 and extract(month from held_from) = 1))),
    constraint person_term_held_to_precision check (
        (held_to is null) = (held_to_precision is null)
        and (held_to_precision is distinct from 'MONTH' or extract(day from held_to) = 1)
        and (held_to_precision is distinct from 'YEAR' or (extract(day from held_to) = 1 and extract(month from held_to) = 1))),
    constraint person_term_to_after_from check (held_to >= held_from)
);

alter sequence person_term_id_seq owned by person_term.id;
create index person_term_person_id_idx on person_term (person_id);
create index person_term_jurisdiction_id_idx on person_term (jurisdiction_id);
create index person_term_source_id_idx on person_term (source_id);

create table person_term_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint not null,
    person_id           bigint,
    title               text,
    jurisdiction_id     bigint,
    held_from           date,
    held_from_precision text,
    held_to             date,
    held_to_precision   text,
    source_id           bigint,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create index person_term_aud_rev_idx on person_term_aud (rev);
create index person_term_aud_person_id_idx on person_term_aud (person_id);

-- A person's party cites the source that says it.
alter table person add column party_source_id bigint references source (id);
alter table person add constraint person_party_source_with_party check (party_source_id is null or party is not null);
create index person_party_source_id_idx on person (party_source_id);
alter table person_aud add column party_source_id bigint;
