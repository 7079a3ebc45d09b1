-- The revision history keeps each record's version, so a save based on an older version
-- can be merged against the exact state the editor started from (three-way merge): the
-- fields only the other editor changed keep their value instead of being reported, and
-- reverted, as a conflict.
alter table source_aud add column version bigint;
alter table jurisdiction_aud add column version bigint;
alter table person_aud add column version bigint;
alter table policy_aud add column version bigint;
alter table statement_aud add column version bigint;
alter table funding_exposure_aud add column version bigint;
alter table indicator_aud add column version bigint;
alter table designation_aud add column version bigint;

-- Backfill what is certain: a record is created at version 0, and the newest audit row
-- of a live record holds its current state. Rows in between stay unknown (null); a stale
-- save against one of those falls back to comparing the stored values with the input.
do $$
declare
    t text;
begin
    foreach t in array array['source', 'jurisdiction', 'person', 'policy', 'statement',
                             'funding_exposure', 'indicator', 'designation'] loop
        execute format('update %1$I_aud set version = 0 where revtype = 0', t);
        execute format(
            'update %1$I_aud a set version = r.version from %1$I r
              where a.id = r.id and a.revtype <> 2
                and a.rev = (select max(b.rev) from %1$I_aud b where b.id = a.id)', t);
    end loop;
end
$$;
