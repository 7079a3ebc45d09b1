-- The picker, the list's and the export's name filters now compare search keys
-- (search_key like '%' || search_name(q) || '%'), served by jurisdiction_search_key_trgm_idx
-- (V65). The trigram indexes on the plain name and on lower(name) served nothing else, and
-- keeping three trigram indexes up was about half of what PostgreSQL spent writing an
-- import of new jurisdictions (issue 8, P5).
drop index if exists jurisdiction_name_trgm_idx;
drop index if exists jurisdiction_name_lower_trgm_idx;
