create extension if not exists pg_trgm;

-- A government. Its status is an editor's assessment, backed by a rationale and an as-of date.
create table jurisdiction (
    id                     bigint generated always as identity primary key,
    kind                   text         not null check (kind in ('NATION', 'STATE', 'COUNTY', 'CITY', 'CITY_COUNTY', 'FEDERAL_DISTRICT', 'TERRITORY')),
    name                   text         not null check (btrim(name) <> ''),
    slug                   text         not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    state_code             text         check (state_code ~ '^[A-Z]{2}$'),
    parent_id              bigint       references jurisdiction (id),
    -- Census GEOID kept as text so leading zeros survive: state 2, county 5, place 7 digits.
    geoid                  text         check (geoid ~ '^[0-9]{2}([0-9]{3}|[0-9]{5})?$'),
    ocd_id                 text         check (ocd_id ~ '^ocd-division/country:[a-z]{2}(/[a-z_]+:[^/\s]+)*$'),
    population             bigint       check (population >= 0),
    population_year        integer      check (population_year between 1790 and 2100),
    latitude               numeric(9, 6) check (latitude between -90 and 90),
    longitude              numeric(9, 6) check (longitude between -180 and 180),
    summary                text,
    status                 text         not null default 'UNASSESSED'
                                        check (status in ('SANCTUARY', 'LIMITED_COOPERATION', 'COOPERATIVE', 'ANTI_SANCTUARY', 'UNASSESSED')),
    status_rationale       text,
    status_as_of           date,
    status_as_of_precision text         check (status_as_of_precision in ('DAY', 'MONTH', 'YEAR')),
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0,
    constraint jurisdiction_slug_key unique (slug),
    constraint jurisdiction_geoid_key unique (geoid),
    constraint jurisdiction_ocd_id_key unique (ocd_id),
    constraint jurisdiction_state_code_by_kind check ((kind = 'NATION') = (state_code is null)),
    constraint jurisdiction_not_own_parent check (parent_id <> id),
    constraint jurisdiction_population_year check ((population is null) = (population_year is null)),
    constraint jurisdiction_coordinates check ((latitude is null) = (longitude is null)),
    -- An assessment without its reasons and date is a guess; only UNASSESSED may go without them.
    constraint jurisdiction_status_assessed check (
        status = 'UNASSESSED' or (btrim(status_rationale) <> '' and status_as_of is not null)),
    constraint jurisdiction_status_as_of_precision check (
        (status_as_of is null) = (status_as_of_precision is null)
        and (status_as_of_precision is distinct from 'MONTH' or extract(day from status_as_of) = 1)
        and (status_as_of_precision is distinct from 'YEAR' or (extract(day from status_as_of) = 1 and extract(month from status_as_of) = 1)))
);

create index jurisdiction_parent_id_idx on jurisdiction (parent_id);
create index jurisdiction_state_code_idx on jurisdiction (state_code);
create index jurisdiction_kind_idx on jurisdiction (kind);
create index jurisdiction_status_idx on jurisdiction (status);
create index jurisdiction_name_trgm_idx on jurisdiction using gin (name gin_trgm_ops);

-- Sources an editor relied on for the status assessment.
create table jurisdiction_citation (
    jurisdiction_id bigint not null references jurisdiction (id) on delete cascade,
    source_id       bigint not null references source (id),
    primary key (jurisdiction_id, source_id)
);

create index jurisdiction_citation_source_id_idx on jurisdiction_citation (source_id);
