-- The jurisdiction list's sort orders (JurisdictionSort), so a page is read from an index
-- instead of sorting all 23,000 jurisdictions on every request.
create index jurisdiction_name_id_idx on jurisdiction (name, id);
create index jurisdiction_population_name_idx on jurisdiction (population desc nulls last, name);
create index jurisdiction_status_name_idx on jurisdiction (status, name);
create index jurisdiction_updated_at_name_idx on jurisdiction (updated_at desc, name);
