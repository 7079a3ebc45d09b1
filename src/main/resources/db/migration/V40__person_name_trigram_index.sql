-- The person picker finds a speaker among tens of thousands by part of the name
-- (name ilike '%…%'), as the jurisdiction picker does with jurisdiction_name_trgm_idx:
-- without it every search reads the whole table.
create index person_name_trgm_idx on person using gin (name gin_trgm_ops);
