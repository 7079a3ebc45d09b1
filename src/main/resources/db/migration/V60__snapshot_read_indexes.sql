-- Indexes for reading the revision history as it stood at a revision (export/SnapshotSql).
--
-- Each record's newest audit row at or before a revision ("distinct on (id) ... order by
-- id, rev desc"): in this order the rows stream from the index, in id order, instead of
-- being sorted first (a million statements spilled 450 MB to disk at work_mem 4 MB).
create index if not exists statement_aud_id_rev_idx on statement_aud (id, rev desc);
create index if not exists funding_exposure_aud_id_rev_idx on funding_exposure_aud (id, rev desc);
create index if not exists source_aud_id_rev_idx on source_aud (id, rev desc);
create index if not exists indicator_aud_id_rev_idx on indicator_aud (id, rev desc);
create index if not exists policy_aud_id_rev_idx on policy_aud (id, rev desc);

-- The same for the links, whose primary keys start with rev.
create index if not exists funding_exposure_citation_aud_key_rev_idx
    on funding_exposure_citation_aud (funding_exposure_id, source_id, rev desc);
create index if not exists policy_citation_aud_key_rev_idx on policy_citation_aud (policy_id, source_id, rev desc);
create index if not exists indicator_citation_aud_key_rev_idx on indicator_citation_aud (indicator_id, source_id, rev desc);
create index if not exists policy_provision_aud_key_rev_idx on policy_provision_aud (policy_id, provision, rev desc);

-- An export "as of" a moment filtered by jurisdiction reads only the history of the rows
-- that were ever about a jurisdiction ever so named: found through these.
create index if not exists jurisdiction_aud_slug_idx on jurisdiction_aud (slug);
create index if not exists person_aud_jurisdiction_id_idx on person_aud (jurisdiction_id);
create index if not exists person_term_aud_jurisdiction_id_idx on person_term_aud (jurisdiction_id);
