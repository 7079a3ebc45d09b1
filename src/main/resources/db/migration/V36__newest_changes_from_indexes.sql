-- The change list and a profile's "last changed" read each audit table's newest rows
-- from an index, in the order the list shows them (newest revision first, then id), and
-- merge only those (ChangeLog): sorting the union of every audit table first read them
-- all, 2.7 million rows on the national dataset.
create index jurisdiction_aud_rev_id_idx on jurisdiction_aud (rev desc, id);
create index policy_aud_rev_id_idx on policy_aud (rev desc, id);
create index statement_aud_rev_id_idx on statement_aud (rev desc, id);
create index funding_exposure_aud_rev_id_idx on funding_exposure_aud (rev desc, id);
create index indicator_aud_rev_id_idx on indicator_aud (rev desc, id);
create index designation_aud_rev_id_idx on designation_aud (rev desc, id);
create index person_aud_rev_id_idx on person_aud (rev desc, id);
create index source_aud_rev_id_idx on source_aud (rev desc, id);

-- A jurisdiction's changes: the same per table, among the rows attached to it.
create index policy_aud_jurisdiction_rev_id_idx on policy_aud (jurisdiction_id, rev desc, id);
create index statement_aud_jurisdiction_rev_id_idx on statement_aud (jurisdiction_id, rev desc, id);
create index funding_exposure_aud_jurisdiction_rev_id_idx on funding_exposure_aud (jurisdiction_id, rev desc, id);
create index indicator_aud_jurisdiction_rev_id_idx on indicator_aud (jurisdiction_id, rev desc, id);
create index designation_aud_jurisdiction_rev_id_idx on designation_aud (jurisdiction_id, rev desc, id);
create index person_aud_jurisdiction_rev_id_idx on person_aud (jurisdiction_id, rev desc, id);

-- The jurisdiction list's name search is on lower(name) (JurisdictionSpecifications); the
-- trigram index on name could not serve it.
create index jurisdiction_name_lower_trgm_idx on jurisdiction using gin (lower(name) gin_trgm_ops);
