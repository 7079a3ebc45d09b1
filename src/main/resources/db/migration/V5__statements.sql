-- What an official said in public: verbatim, dated, and backed by exactly one source.
-- Where an article interrupts a quote with its attribution, the parts are joined with " […] ".
create table statement (
    id                  bigint generated always as identity primary key,
    person_id           bigint      not null references person (id),
    speaker_title       text        check (btrim(speaker_title) <> ''),
    jurisdiction_id     bigint      not null references jurisdiction (id),
    stated_on           date        not null,
    stated_on_precision text        not null check (stated_on_precision in ('DAY', 'MONTH', 'YEAR')),
    quote               text        not null check (btrim(quote) <> ''),
    context             text,
    stance              text        not null check (stance in ('SUPPORTS_SANCTUARY', 'OPPOSES_SANCTUARY', 'NEUTRAL', 'MIXED')),
    source_id           bigint      not null references source (id),
    search_vector       tsvector    generated always as (
                            setweight(to_tsvector('english', quote), 'A')
                            || setweight(to_tsvector('english', coalesce(context, '')), 'B')) stored,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    constraint statement_stated_on_precision check (
        (stated_on_precision <> 'MONTH' or extract(day from stated_on) = 1)
        and (stated_on_precision <> 'YEAR' or (extract(day from stated_on) = 1 and extract(month from stated_on) = 1)))
);

create index statement_person_id_idx on statement (person_id);
create index statement_jurisdiction_id_idx on statement (jurisdiction_id);
create index statement_source_id_idx on statement (source_id);
create index statement_stance_idx on statement (stance);
create index statement_stated_on_idx on statement (stated_on desc);
create index statement_search_vector_idx on statement using gin (search_vector);
