-- An instrument a jurisdiction adopted or considered. Dates carry a precision: an article that
-- says "this week" gives a MONTH, stored as the month's first day, never an invented day.
create table policy (
    id                     bigint generated always as identity primary key,
    jurisdiction_id        bigint         not null references jurisdiction (id),
    instrument             text           not null check (instrument in ('ORDINANCE', 'RESOLUTION', 'STATE_LAW', 'EXECUTIVE_ORDER',
                                                                         'POLICE_DIRECTIVE', 'BUDGET_MEASURE', 'COURT_RULING', 'OTHER')),
    status                 text           not null check (status in ('PROPOSED', 'ENACTED', 'REPEALED', 'STRUCK_DOWN', 'EXPIRED', 'FAILED')),
    title                  text           not null check (btrim(title) <> ''),
    summary                text,
    adopted_on             date,
    adopted_on_precision   text           check (adopted_on_precision in ('DAY', 'MONTH', 'YEAR')),
    effective_on           date,
    effective_on_precision text           check (effective_on_precision in ('DAY', 'MONTH', 'YEAR')),
    ended_on               date,
    ended_on_precision     text           check (ended_on_precision in ('DAY', 'MONTH', 'YEAR')),
    vote                   text           check (btrim(vote) <> ''),
    amount_usd             numeric(15, 2) check (amount_usd >= 0),
    carve_outs             text,
    created_at             timestamptz    not null default now(),
    updated_at             timestamptz    not null default now(),
    version                bigint         not null default 0,
    constraint policy_adopted_on_precision check (
        (adopted_on is null) = (adopted_on_precision is null)
        and (adopted_on_precision is distinct from 'MONTH' or extract(day from adopted_on) = 1)
        and (adopted_on_precision is distinct from 'YEAR' or (extract(day from adopted_on) = 1 and extract(month from adopted_on) = 1))),
    constraint policy_effective_on_precision check (
        (effective_on is null) = (effective_on_precision is null)
        and (effective_on_precision is distinct from 'MONTH' or extract(day from effective_on) = 1)
        and (effective_on_precision is distinct from 'YEAR' or (extract(day from effective_on) = 1 and extract(month from effective_on) = 1))),
    constraint policy_ended_on_precision check (
        (ended_on is null) = (ended_on_precision is null)
        and (ended_on_precision is distinct from 'MONTH' or extract(day from ended_on) = 1)
        and (ended_on_precision is distinct from 'YEAR' or (extract(day from ended_on) = 1 and extract(month from ended_on) = 1))),
    constraint policy_ended_after_adopted check (ended_on >= adopted_on)
);

create index policy_jurisdiction_id_idx on policy (jurisdiction_id);
create index policy_status_idx on policy (status);
create index policy_adopted_on_idx on policy (adopted_on desc nulls last);

-- The provision set, modeled on the ILRC enforcement-map categories. New codes come by migration.
create table policy_provision (
    policy_id bigint not null references policy (id) on delete cascade,
    provision text   not null check (provision in ('DECLINES_DETAINERS', 'LIMITS_RELEASE_NOTIFICATION', 'NO_287G_AGREEMENT',
                                                   'HAS_287G_AGREEMENT', 'LIMITS_ICE_JAIL_ACCESS', 'LIMITS_INFORMATION_SHARING',
                                                   'NO_STATUS_INQUIRY', 'BARS_LOCAL_RESOURCES', 'LEGAL_DEFENSE_FUND',
                                                   'REQUIRES_COOPERATION', 'PREEMPTS_SANCTUARY')),
    primary key (policy_id, provision)
);

create index policy_provision_provision_idx on policy_provision (provision);

create table policy_citation (
    policy_id bigint not null references policy (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (policy_id, source_id)
);

create index policy_citation_source_id_idx on policy_citation (source_id);
