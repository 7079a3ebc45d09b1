-- Federal money a jurisdiction stands to lose: an amount, a share of its budget, or both.
create table funding_exposure (
    id                  bigint generated always as identity primary key,
    jurisdiction_id     bigint         not null references jurisdiction (id),
    fiscal_year         integer        check (fiscal_year between 1900 and 2100),
    program             text           not null check (btrim(program) <> ''),
    amount_at_risk_usd  numeric(15, 2) check (amount_at_risk_usd >= 0),
    share_of_budget_pct numeric(5, 2)  check (share_of_budget_pct between 0 and 100),
    total_budget_usd    numeric(15, 2) check (total_budget_usd >= 0),
    status              text           not null check (status in ('THREATENED', 'WITHHELD', 'RESTORED', 'RECEIVED')),
    notes               text,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    version             bigint         not null default 0,
    constraint funding_exposure_amount_or_share check (amount_at_risk_usd is not null or share_of_budget_pct is not null)
);

create index funding_exposure_jurisdiction_id_idx on funding_exposure (jurisdiction_id);
create index funding_exposure_status_idx on funding_exposure (status);

create table funding_exposure_citation (
    funding_exposure_id bigint not null references funding_exposure (id) on delete cascade,
    source_id           bigint not null references source (id),
    primary key (funding_exposure_id, source_id)
);

create index funding_exposure_citation_source_id_idx on funding_exposure_citation (source_id);

-- A dated number about a jurisdiction. The qualifier keeps an article's "more than" or "nearly".
create table indicator (
    id                bigint generated always as identity primary key,
    jurisdiction_id   bigint         not null references jurisdiction (id),
    metric            text           not null check (metric in ('MIGRANT_ARRIVALS', 'UNDOCUMENTED_POPULATION_ESTIMATE', 'MIGRANT_SPENDING_USD',
                                                                'BORDER_APPREHENSIONS', 'JURISDICTIONS_LIMITING_COOPERATION')),
    value             numeric(20, 2) not null check (value >= 0),
    value_qualifier   text           not null default 'EXACT' check (value_qualifier in ('EXACT', 'APPROXIMATE', 'MORE_THAN', 'NEARLY')),
    as_of             date           not null,
    as_of_precision   text           not null check (as_of_precision in ('DAY', 'MONTH', 'YEAR')),
    notes             text,
    created_at        timestamptz    not null default now(),
    updated_at        timestamptz    not null default now(),
    version           bigint         not null default 0,
    constraint indicator_as_of_precision check (
        (as_of_precision <> 'MONTH' or extract(day from as_of) = 1)
        and (as_of_precision <> 'YEAR' or (extract(day from as_of) = 1 and extract(month from as_of) = 1)))
);

create index indicator_jurisdiction_id_idx on indicator (jurisdiction_id);
create index indicator_metric_idx on indicator (metric);

create table indicator_citation (
    indicator_id bigint not null references indicator (id) on delete cascade,
    source_id    bigint not null references source (id),
    primary key (indicator_id, source_id)
);

create index indicator_citation_source_id_idx on indicator_citation (source_id);

-- A federal list that named the jurisdiction, e.g. the DOJ sanctuary jurisdiction list.
create table designation (
    id                    bigint generated always as identity primary key,
    jurisdiction_id       bigint      not null references jurisdiction (id),
    list_name             text        not null check (btrim(list_name) <> ''),
    listed_on             date        not null,
    listed_on_precision   text        not null check (listed_on_precision in ('DAY', 'MONTH', 'YEAR')),
    removed_on            date,
    removed_on_precision  text        check (removed_on_precision in ('DAY', 'MONTH', 'YEAR')),
    disputed              boolean     not null default false,
    dispute_note          text,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint      not null default 0,
    constraint designation_listed_on_precision check (
        (listed_on_precision <> 'MONTH' or extract(day from listed_on) = 1)
        and (listed_on_precision <> 'YEAR' or (extract(day from listed_on) = 1 and extract(month from listed_on) = 1))),
    constraint designation_removed_on_precision check (
        (removed_on is null) = (removed_on_precision is null)
        and (removed_on_precision is distinct from 'MONTH' or extract(day from removed_on) = 1)
        and (removed_on_precision is distinct from 'YEAR' or (extract(day from removed_on) = 1 and extract(month from removed_on) = 1))),
    constraint designation_removed_after_listed check (removed_on >= listed_on),
    constraint designation_dispute_explained check (not disputed or btrim(dispute_note) <> '')
);

create index designation_jurisdiction_id_idx on designation (jurisdiction_id);
create index designation_list_name_idx on designation (list_name);

create table designation_citation (
    designation_id bigint not null references designation (id) on delete cascade,
    source_id      bigint not null references source (id),
    primary key (designation_id, source_id)
);

create index designation_citation_source_id_idx on designation_citation (source_id);
