-- The demo dataset's load is a revision like any edit: history starts with the first row,
-- so an as-of query between the load and the first edit returns the loaded data.
insert into revision (revised_at, username, summary)
values (now(), 'system', 'Demo dataset loaded from the four seed articles');

insert into source_aud (id, rev, revtype, title, publisher, url, published_on, published_on_precision, accessed_on, archive_url, notes, created_at, updated_at)
select id, currval('revision_id_seq'), 0, title, publisher, url, published_on, published_on_precision, accessed_on, archive_url, notes, created_at, updated_at from source;

insert into jurisdiction_aud (id, rev, revtype, kind, name, slug, state_code, parent_id, geoid, ocd_id, population, population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision, created_at, updated_at)
select id, currval('revision_id_seq'), 0, kind, name, slug, state_code, parent_id, geoid, ocd_id, population, population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision, created_at, updated_at from jurisdiction;

insert into jurisdiction_citation_aud (rev, revtype, jurisdiction_id, source_id)
select currval('revision_id_seq'), 0, jurisdiction_id, source_id from jurisdiction_citation;

insert into person_aud (id, rev, revtype, name, slug, party, current_title, jurisdiction_id, organization, created_at, updated_at)
select id, currval('revision_id_seq'), 0, name, slug, party, current_title, jurisdiction_id, organization, created_at, updated_at from person;

insert into policy_aud (id, rev, revtype, jurisdiction_id, instrument, status, title, summary, adopted_on, adopted_on_precision, effective_on, effective_on_precision, ended_on, ended_on_precision, vote, amount_usd, carve_outs, created_at, updated_at)
select id, currval('revision_id_seq'), 0, jurisdiction_id, instrument, status, title, summary, adopted_on, adopted_on_precision, effective_on, effective_on_precision, ended_on, ended_on_precision, vote, amount_usd, carve_outs, created_at, updated_at from policy;

insert into policy_provision_aud (rev, revtype, policy_id, provision)
select currval('revision_id_seq'), 0, policy_id, provision from policy_provision;

insert into policy_citation_aud (rev, revtype, policy_id, source_id)
select currval('revision_id_seq'), 0, policy_id, source_id from policy_citation;

insert into statement_aud (id, rev, revtype, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, quote, context, stance, source_id, created_at, updated_at)
select id, currval('revision_id_seq'), 0, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, quote, context, stance, source_id, created_at, updated_at from statement;

insert into funding_exposure_aud (id, rev, revtype, jurisdiction_id, fiscal_year, program, amount_at_risk_usd, share_of_budget_pct, total_budget_usd, status, notes, created_at, updated_at)
select id, currval('revision_id_seq'), 0, jurisdiction_id, fiscal_year, program, amount_at_risk_usd, share_of_budget_pct, total_budget_usd, status, notes, created_at, updated_at from funding_exposure;

insert into funding_exposure_citation_aud (rev, revtype, funding_exposure_id, source_id)
select currval('revision_id_seq'), 0, funding_exposure_id, source_id from funding_exposure_citation;

insert into indicator_aud (id, rev, revtype, jurisdiction_id, metric, value, value_qualifier, as_of, as_of_precision, notes, created_at, updated_at)
select id, currval('revision_id_seq'), 0, jurisdiction_id, metric, value, value_qualifier, as_of, as_of_precision, notes, created_at, updated_at from indicator;

insert into indicator_citation_aud (rev, revtype, indicator_id, source_id)
select currval('revision_id_seq'), 0, indicator_id, source_id from indicator_citation;

insert into designation_aud (id, rev, revtype, jurisdiction_id, list_name, listed_on, listed_on_precision, removed_on, removed_on_precision, disputed, dispute_note, created_at, updated_at)
select id, currval('revision_id_seq'), 0, jurisdiction_id, list_name, listed_on, listed_on_precision, removed_on, removed_on_precision, disputed, dispute_note, created_at, updated_at from designation;

insert into designation_citation_aud (rev, revtype, designation_id, source_id)
select currval('revision_id_seq'), 0, designation_id, source_id from designation_citation;
