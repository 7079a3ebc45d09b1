-- San Francisco and Denver are consolidated city-counties: one government each, which the
-- demo dataset loaded as a CITY_COUNTY with its place GEOID (0667000, 0820000) and the
-- reference data (V62) then added again as an unassessed county with its county GEOID
-- (06075, 08031). A reader saw "San Francisco: Sanctuary" on the list and an unassessed
-- San Francisco County on the map. The two become one record: the demo's, which holds the
-- assessment and the facts, takes the county GEOID (the one the county map and Census
-- county tables join on); the reference row is deleted. One revision, with its audit
-- rows, so history and as_of see both states.
--
-- A reference row is folded in only while it is as loaded: unassessed, changed by nobody
-- since (one audit row) and with nothing attached. Otherwise an editor has used it, and it
-- stays for an editor to merge.

create temporary table consolidated (city_slug text primary key, county_geoid text not null) on commit drop;
insert into consolidated values ('san-francisco-ca', '06075'), ('denver-co', '08031');

create temporary table folded on commit drop as
select city.id as city_id, county.id as county_id, c.county_geoid
from consolidated c
join jurisdiction city on city.slug = c.city_slug and city.kind = 'CITY_COUNTY'
join jurisdiction county on county.geoid = c.county_geoid and county.kind = 'COUNTY'
where county.status = 'UNASSESSED'
  and (select count(*) from jurisdiction_aud a where a.id = county.id) = 1
  and not exists (select 1 from jurisdiction x where x.parent_id = county.id)
  and not exists (select 1 from jurisdiction_citation x where x.jurisdiction_id = county.id)
  and not exists (select 1 from policy x where x.jurisdiction_id = county.id)
  and not exists (select 1 from policy_target x where x.jurisdiction_id = county.id)
  and not exists (select 1 from statement x where x.jurisdiction_id = county.id)
  and not exists (select 1 from person x where x.jurisdiction_id = county.id)
  and not exists (select 1 from person_term x where x.jurisdiction_id = county.id)
  and not exists (select 1 from funding_exposure x where x.jurisdiction_id = county.id)
  and not exists (select 1 from indicator x where x.jurisdiction_id = county.id)
  and not exists (select 1 from designation x where x.jurisdiction_id = county.id);

insert into revision (revised_at, username, summary)
select now(), 'system', 'Demo dataset: San Francisco and Denver, consolidated city-counties, are one record each, with their county GEOID'
where exists (select 1 from folded);

-- The deleted rows' audit rows carry their data (Envers' store_data_at_delete).
insert into jurisdiction_aud (id, rev, revtype, kind, name, slug, state_code, parent_id, geoid, ocd_id, population,
    population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision,
    created_at, updated_at, version)
select id, currval('revision_id_seq'), 2, kind, name, slug, state_code, parent_id, geoid, ocd_id, population,
    population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision,
    created_at, updated_at, version
from jurisdiction where id in (select county_id from folded);
delete from jurisdiction where id in (select county_id from folded);

update jurisdiction j set geoid = f.county_geoid, updated_at = now(), version = j.version + 1
from folded f where j.id = f.city_id;
insert into jurisdiction_aud (id, rev, revtype, kind, name, slug, state_code, parent_id, geoid, ocd_id, population,
    population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision,
    created_at, updated_at, version)
select id, currval('revision_id_seq'), 1, kind, name, slug, state_code, parent_id, geoid, ocd_id, population,
    population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision,
    created_at, updated_at, version
from jurisdiction where id in (select city_id from folded);
