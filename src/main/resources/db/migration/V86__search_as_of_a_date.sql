-- Search as of a date (/search?as_of=, search/SearchTables) reads the live tables' trigram
-- and full-text indexes for the records unchanged since the snapshot, and the audit rows
-- for those changed after it: the rows in force at R that a later revision superseded,
-- "rev <= R and revend > R". Only superseded rows (revend not null) are indexed here, a
-- small share of the history; rows still in force are the live rows and use their indexes.
--
-- By their end, for a recent snapshot (few rows superseded after it):
create index jurisdiction_aud_superseded_idx on jurisdiction_aud (revend) where revend is not null;
create index person_aud_superseded_idx on person_aud (revend) where revend is not null;
create index statement_aud_superseded_idx on statement_aud (revend) where revend is not null;
create index policy_aud_superseded_idx on policy_aud (revend) where revend is not null;
create index source_aud_superseded_idx on source_aud (revend) where revend is not null;

-- By their names and words, for an older one (many rows superseded since, few matching):
-- the expressions the live tables' generated columns and V65's indexes use, which search
-- computes for audit rows.
create index jurisdiction_aud_superseded_name_idx on jurisdiction_aud using gin (search_name(name) gin_trgm_ops)
    where revend is not null;
create index person_aud_superseded_name_idx on person_aud using gin (search_name(name) gin_trgm_ops)
    where revend is not null;
create index statement_aud_superseded_words_idx on statement_aud using gin (
    (setweight(to_tsvector('english', quote), 'A') || setweight(to_tsvector('english', coalesce(context, '')), 'B')))
    where revend is not null;
create index policy_aud_superseded_words_idx on policy_aud
    using gin (to_tsvector('english'::regconfig, title || ' ' || coalesce(summary, ''))) where revend is not null;
create index source_aud_superseded_words_idx on source_aud
    using gin (to_tsvector('english'::regconfig, title || ' ' || coalesce(publisher, ''))) where revend is not null;
