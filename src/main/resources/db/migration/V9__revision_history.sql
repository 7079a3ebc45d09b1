-- The revision history (Hibernate Envers): one revision per save, with who, when and the
-- editor's one-line summary, and for every editable table an _aud table holding each
-- version of each row. Loads (the demo dataset, imports) are revisions too.
create table revision (
    id         bigint generated always as identity primary key,
    revised_at timestamptz not null,
    username   text        not null,
    summary    text        not null check (btrim(summary) <> '')
);

create index revision_revised_at_idx on revision (revised_at desc);
create index revision_username_idx on revision (username);

create table source_aud (
    id                     bigint   not null,
    rev                    bigint   not null references revision (id),
    revtype                smallint not null,
    title                  text,
    publisher              text,
    url                    text,
    published_on           date,
    published_on_precision text,
    accessed_on            date,
    archive_url            text,
    notes                  text,
    created_at             timestamptz,
    updated_at             timestamptz,
    primary key (id, rev)
);

create table jurisdiction_aud (
    id                     bigint   not null,
    rev                    bigint   not null references revision (id),
    revtype                smallint not null,
    kind                   text,
    name                   text,
    slug                   text,
    state_code             text,
    parent_id              bigint,
    geoid                  text,
    ocd_id                 text,
    population             bigint,
    population_year        integer,
    latitude               numeric(9, 6),
    longitude              numeric(9, 6),
    summary                text,
    status                 text,
    status_rationale       text,
    status_as_of           date,
    status_as_of_precision text,
    created_at             timestamptz,
    updated_at             timestamptz,
    primary key (id, rev)
);

create table jurisdiction_citation_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    jurisdiction_id bigint   not null,
    source_id       bigint   not null,
    primary key (rev, jurisdiction_id, source_id)
);

create table person_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    name            text,
    slug            text,
    party           text,
    current_title   text,
    jurisdiction_id bigint,
    organization    text,
    created_at      timestamptz,
    updated_at      timestamptz,
    primary key (id, rev)
);

create table policy_aud (
    id                     bigint   not null,
    rev                    bigint   not null references revision (id),
    revtype                smallint not null,
    jurisdiction_id        bigint,
    instrument             text,
    status                 text,
    title                  text,
    summary                text,
    adopted_on             date,
    adopted_on_precision   text,
    effective_on           date,
    effective_on_precision text,
    ended_on               date,
    ended_on_precision     text,
    vote                   text,
    amount_usd             numeric(15, 2),
    carve_outs             text,
    created_at             timestamptz,
    updated_at             timestamptz,
    primary key (id, rev)
);

create table policy_provision_aud (
    rev       bigint   not null references revision (id),
    revtype   smallint not null,
    policy_id bigint   not null,
    provision text     not null,
    primary key (rev, policy_id, provision)
);

create table policy_citation_aud (
    rev       bigint   not null references revision (id),
    revtype   smallint not null,
    policy_id bigint   not null,
    source_id bigint   not null,
    primary key (rev, policy_id, source_id)
);

create table statement_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint not null,
    person_id           bigint,
    speaker_title       text,
    jurisdiction_id     bigint,
    stated_on           date,
    stated_on_precision text,
    quote               text,
    context             text,
    stance              text,
    source_id           bigint,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create table funding_exposure_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revision (id),
    revtype             smallint not null,
    jurisdiction_id     bigint,
    fiscal_year         integer,
    program             text,
    amount_at_risk_usd  numeric(15, 2),
    share_of_budget_pct numeric(5, 2),
    total_budget_usd    numeric(15, 2),
    status              text,
    notes               text,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create table funding_exposure_citation_aud (
    rev                 bigint   not null references revision (id),
    revtype             smallint not null,
    funding_exposure_id bigint   not null,
    source_id           bigint   not null,
    primary key (rev, funding_exposure_id, source_id)
);

create table indicator_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    jurisdiction_id bigint,
    metric          text,
    value           numeric(20, 2),
    value_qualifier text,
    as_of           date,
    as_of_precision text,
    notes           text,
    created_at      timestamptz,
    updated_at      timestamptz,
    primary key (id, rev)
);

create table indicator_citation_aud (
    rev          bigint   not null references revision (id),
    revtype      smallint not null,
    indicator_id bigint   not null,
    source_id    bigint   not null,
    primary key (rev, indicator_id, source_id)
);

create table designation_aud (
    id                   bigint   not null,
    rev                  bigint   not null references revision (id),
    revtype              smallint not null,
    jurisdiction_id      bigint,
    list_name            text,
    listed_on            date,
    listed_on_precision  text,
    removed_on           date,
    removed_on_precision text,
    disputed             boolean,
    dispute_note         text,
    created_at           timestamptz,
    updated_at           timestamptz,
    primary key (id, rev)
);

create table designation_citation_aud (
    rev            bigint   not null references revision (id),
    revtype        smallint not null,
    designation_id bigint   not null,
    source_id      bigint   not null,
    primary key (rev, designation_id, source_id)
);

-- The history pages and /changes look revisions up by record and by jurisdiction.
create index source_aud_rev_idx on source_aud (rev);
create index jurisdiction_aud_rev_idx on jurisdiction_aud (rev);
create index person_aud_rev_idx on person_aud (rev);
create index policy_aud_rev_idx on policy_aud (rev);
create index policy_aud_jurisdiction_id_idx on policy_aud (jurisdiction_id);
create index statement_aud_rev_idx on statement_aud (rev);
create index statement_aud_jurisdiction_id_idx on statement_aud (jurisdiction_id);
create index funding_exposure_aud_rev_idx on funding_exposure_aud (rev);
create index funding_exposure_aud_jurisdiction_id_idx on funding_exposure_aud (jurisdiction_id);
create index indicator_aud_rev_idx on indicator_aud (rev);
create index indicator_aud_jurisdiction_id_idx on indicator_aud (jurisdiction_id);
create index designation_aud_rev_idx on designation_aud (rev);
create index designation_aud_jurisdiction_id_idx on designation_aud (jurisdiction_id);
create index policy_provision_aud_policy_id_idx on policy_provision_aud (policy_id);
create index policy_citation_aud_policy_id_idx on policy_citation_aud (policy_id);
create index jurisdiction_citation_aud_jurisdiction_id_idx on jurisdiction_citation_aud (jurisdiction_id);
create index funding_exposure_citation_aud_fact_idx on funding_exposure_citation_aud (funding_exposure_id);
create index indicator_citation_aud_fact_idx on indicator_citation_aud (indicator_id);
create index designation_citation_aud_fact_idx on designation_citation_aud (designation_id);
