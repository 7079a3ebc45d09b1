-- The national benchmark dataset, generated set-based in one transaction.
-- Run by bench/national.sh (never by hand against a database you care about):
--   psql -v scale=0.1 -v geo=…/geo.sql -v fire_triggers=0 -f generate.sql
-- (geo.sql, written by geo.py, copies states.tsv and counties.tsv into bench_state and bench_county)
--
-- Everything is synthetic and says so: every source's publisher is "Synthetic benchmark
-- data", every jurisdiction's summary and every source's notes name this generator.
-- Rows are written with explicit column lists computed from the live schema (the columns
-- a generator view offers that the table has), so columns other migrations add later
-- either take their defaults or, when the generator knows them (statement.kind,
-- statement.reported_by, policy.amount_qualifier, *_aud.version), get filled.
\set ON_ERROR_STOP on
\pset footer off
\pset tuples_only on
\pset format unaligned
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set jit = off;
set search_path = public;

begin;

-- The audit tables' end triggers (migration V70) recompute each inserted key's ends per
-- statement: over a million rows a statement that made the load take hours. They are off
-- while the rows go in, and the ends are set once, set-based, before the commit.
do $$
declare r record;
begin
    for r in select tgrelid::regclass as audit_table, tgname from pg_trigger where tgname like '%\_aud\_ends' loop
        execute format('alter table %s disable trigger %I', r.audit_table, r.tgname);
    end loop;
end $$;

-- Helpers ---------------------------------------------------------------------------------
create temp table bench_clock (label text, at timestamptz) on commit drop;
insert into bench_clock values ('start', clock_timestamp());

-- One line per step: its name, seconds since the previous step, rows written.
create function pg_temp.done(label text, rows bigint) returns text language plpgsql as $$
declare
    previous timestamptz := (select max(at) from bench_clock);
begin
    insert into bench_clock values (label, clock_timestamp());
    return rpad(label, 34) || lpad(to_char(extract(epoch from clock_timestamp() - previous), 'FM99990.0'), 8) || ' s'
        || lpad(to_char(rows, 'FM999,999,999'), 14) || ' rows';
end $$;

-- insert into TARGET (c…) select c… from SOURCE, for the columns both have (generated and
-- identity columns excluded). Returns the number of rows.
create function pg_temp.insert_common(target text, source text) returns bigint language plpgsql as $$
declare
    cols text;
    n    bigint;
begin
    select string_agg(quote_ident(t.attname), ', ' order by t.attnum) into cols
      from pg_attribute t
      join pg_attribute s on s.attrelid = source::regclass and s.attname = t.attname and s.attnum > 0 and not s.attisdropped
     where t.attrelid = ('public.' || target)::regclass and t.attnum > 0 and not t.attisdropped
       and t.attgenerated = '' and t.attidentity <> 'a';
    execute format('insert into public.%I (%s) select %s from %s', target, cols, cols, source);
    get diagnostics n = row_count;
    return n;
end $$;

-- Small SQL functions that the planner inlines (one expression, no FROM): a call per row
-- would cost more than the row.
create function pg_temp.pick(a text[]) returns text language sql volatile as
$$ select a[1 + floor(random() * cardinality(a))::int] $$;

-- A date between lo and hi; a precision (DAY 78 %, MONTH 18 %, YEAR 4 %); a date rounded to
-- its precision (MONTH: the 1st, YEAR: 1 January).
create function pg_temp.rdate(lo date, hi date) returns date language sql volatile as
$$ select lo + floor(random() * (hi - lo + 1))::int $$;
create function pg_temp.rprec() returns text language sql volatile as
$$ select ('{DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,DAY,MONTH,MONTH,MONTH,MONTH,MONTH,MONTH,MONTH,MONTH,MONTH,YEAR,YEAR}'::text[])[1 + floor(random() * 50)::int] $$;
create function pg_temp.at_prec(d date, p text) returns date language sql immutable as
$$ select case p when 'MONTH' then date_trunc('month', d::timestamp)::date when 'YEAR' then date_trunc('year', d::timestamp)::date else d end $$;

-- Weighted allocation: n rows of a total spread over jurisdictions by weight, exactly
-- (cumulative rounding, so the parts add up to the total).
-- Used as: floor(cum/W*T) - floor((cum-w)/W*T).

-- The revision of the load --------------------------------------------------------------
insert into revision (revised_at, username, summary)
values (now(), 'synthetic-benchmark',
        format('Synthetic national benchmark dataset loaded by bench/national.sh (SCALE %s): not real data', :'scale'));
select currval('revision_id_seq') as rev \gset
create temp table bench_params on commit drop as
select :'scale'::numeric as scale, :rev::bigint as rev, :'fire_triggers'::int = 1 as fire_triggers,
       (select count(*) from revision) > 1 as had_history;

-- Facts are checked for a citation by deferred constraint triggers (V7). They fire at
-- commit once per row; unless fire_triggers=1 they are switched off for this transaction
-- and the same rule is checked set-based before the commit (and they are on again after).
create temp table bench_fact_triggers on commit drop as
select t.tgrelid::regclass::text as fact_table, t.tgname,
       split_part(encode(t.tgargs, 'escape'), '\000', 1) as fact, split_part(encode(t.tgargs, 'escape'), '\000', 2) as link,
       split_part(encode(t.tgargs, 'escape'), '\000', 3) as link_column
  from pg_trigger t
 where t.tgfoid = 'public.assert_fact_cited'::regproc and t.tgtype & 4 = 4 -- after insert
   and t.tgrelid::regclass::text = split_part(encode(t.tgargs, 'escape'), '\000', 1);
do $$
declare r record;
begin
    if not (select fire_triggers from bench_params) then
        for r in select * from bench_fact_triggers loop
            execute format('alter table %I disable trigger %I', r.fact_table, r.tgname);
        end loop;
    end if;
end $$;

-- Secondary indexes of the big tables are built once at the end (faster than row by row).
create temp table bench_indexes on commit drop as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
  from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = 'public'
   and c.relname in ('statement', 'statement_aud', 'funding_exposure', 'funding_exposure_aud', 'source', 'source_aud',
                     'policy', 'policy_aud', 'indicator', 'indicator_aud', 'person', 'person_aud',
                     'funding_exposure_citation', 'funding_exposure_citation_aud', 'policy_citation', 'policy_citation_aud',
                     'indicator_citation', 'indicator_citation_aud', 'policy_provision', 'policy_provision_aud')
   and not i.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);
do $$
declare r record;
begin
    for r in select * from bench_indexes loop
        execute format('drop index %s', r.name);
    end loop;
end $$;
select pg_temp.done('setup', (select count(*) from bench_indexes));

-- Sizes -----------------------------------------------------------------------------------
create temp table bench_size on commit drop as
select greatest(round(19500 * scale), 25)::int as cities,
       greatest(round(60000 * scale), 200)::int as people,
       greatest(round(300000 * scale), 1000)::int as sources,
       greatest(round(120000 * scale), 400)::int as policies,
       greatest(round(1000000 * scale), 8000)::int as statements,
       greatest(round(1000000 * scale), 2000)::int as funding,
       greatest(round(200000 * scale), 500)::int as indicators,
       greatest(round(5000 * scale), 50)::int as designations
  from bench_params;

-- Jurisdictions ---------------------------------------------------------------------------
create temp table bench_state (fips text, usps text, name text, slug text, kind text, ocd_id text, population bigint) on commit drop;
create temp table bench_county (geoid text, state_fips text, name text, slug text, ocd_id text, origin text) on commit drop;
\i :geo

-- A few real big cities (real names and Census place GEOIDs; everything about them invented).
-- Chicago is the heavy jurisdiction: 2,000 statements, 200 policies, 500 funding rows.
create temp table bench_real_city (slug text, name text, kind text, usps text, geoid text, county text, population bigint,
                                   heavy_statements int, heavy_policies int, heavy_funding int, status text) on commit drop;
insert into bench_real_city values
    ('chicago-il', 'Chicago', 'CITY', 'IL', '1714000', '17031', 2746388, 2000, 200, 500, 'SANCTUARY'),
    ('new-york-city-ny', 'New York City', 'CITY', 'NY', '3651000', null, 8804190, 1000, 100, 250, 'SANCTUARY'),
    ('los-angeles-ca', 'Los Angeles', 'CITY', 'CA', '0644000', '06037', 3898747, 1000, 100, 250, 'SANCTUARY'),
    ('houston-tx', 'Houston', 'CITY', 'TX', '4835000', '48201', 2304580, null, null, null, 'ANTI_SANCTUARY'),
    ('phoenix-az', 'Phoenix', 'CITY', 'AZ', '0455000', '04013', 1608139, null, null, null, 'COOPERATIVE'),
    ('philadelphia-pa', 'Philadelphia', 'CITY_COUNTY', 'PA', '4260000', null, 1603797, null, null, null, 'SANCTUARY'),
    ('san-antonio-tx', 'San Antonio', 'CITY', 'TX', '4865000', '48029', 1434625, null, null, null, 'ANTI_SANCTUARY'),
    ('san-diego-ca', 'San Diego', 'CITY', 'CA', '0666000', '06073', 1386932, null, null, null, 'SANCTUARY'),
    ('dallas-tx', 'Dallas', 'CITY', 'TX', '4819000', '48113', 1304379, null, null, null, 'ANTI_SANCTUARY'),
    ('san-jose-ca', 'San Jose', 'CITY', 'CA', '0668000', '06085', 1013240, null, null, null, 'SANCTUARY'),
    ('austin-tx', 'Austin', 'CITY', 'TX', '4805000', '48453', 961855, null, null, null, 'ANTI_SANCTUARY'),
    ('san-francisco-ca', 'San Francisco', 'CITY_COUNTY', 'CA', '0667000', null, 873965, null, null, null, 'SANCTUARY'),
    ('denver-co', 'Denver', 'CITY_COUNTY', 'CO', '0820000', null, 715522, null, null, null, 'SANCTUARY'),
    ('seattle-wa', 'Seattle', 'CITY', 'WA', '5363000', '53033', 737015, null, null, null, 'SANCTUARY'),
    ('boston-ma', 'Boston', 'CITY', 'MA', '2507000', '25025', 675647, null, null, null, 'SANCTUARY'),
    ('portland-or', 'Portland', 'CITY', 'OR', '4159000', '41051', 652503, null, null, null, 'SANCTUARY'),
    ('atlanta-ga', 'Atlanta', 'CITY', 'GA', '1304000', '13121', 498715, null, null, null, 'LIMITED_COOPERATION'),
    ('miami-fl', 'Miami', 'CITY', 'FL', '1245000', '12086', 442241, null, null, null, 'ANTI_SANCTUARY'),
    ('minneapolis-mn', 'Minneapolis', 'CITY', 'MN', '2743000', '27053', 429954, null, null, null, 'SANCTUARY'),
    ('aurora-co', 'Aurora', 'CITY', 'CO', '0804000', '08005', 386261, null, null, null, 'UNASSESSED'),
    ('newark-nj', 'Newark', 'CITY', 'NJ', '3451000', '34013', 311549, null, null, null, 'SANCTUARY');

-- Synthetic town names: a prefix and a suffix, a different pairing per state (1,800 per state).
create temp table bench_words on commit drop as
select string_to_array('Oak Maple Cedar Pine Elm Ash Willow Birch Spring Fair Green River Lake Mill Stone Clear Bright '
    'Red White Black Silver Golden Rose Sun Glen Brook Rock Sand Ridge Pleasant Mount Harbor Bay Fox Deer Eagle Hawk '
    'Franklin Lincoln Jackson Madison Clinton Marion Warren Hamilton Union Liberty Salem Bristol Chester Dover Milton '
    'Ashland Bloom Crystal Prairie Meadow Valley Summit Highland Forest', ' ') as prefixes,
       string_to_array('field|ville|ton|wood|dale|port|burg|view|side|ford|land|mont|haven|crest|ridge|brook|'
    ' Falls| Heights| Springs| City| Grove| Park| Hills| Junction| Creek| Point| Center| Village| Station| Lake', '|') as suffixes;

create temp table bench_city_alloc on commit drop as
with s as (
    select st.fips, st.usps, st.population,
           (select count(*) from bench_county c where c.state_fips = st.fips) as counties
      from bench_state st
), w as (
    select s.*, case when s.fips = '11' then 0
                     else 0.5 * s.population / sum(s.population) over () + 0.5 * s.counties::numeric / sum(s.counties) over () end as w
      from s
), c as (
    select w.*, sum(w) over (order by fips) as cum from w
)
select fips, usps, counties, (floor(cum / total * t.n) - floor((cum - w) / total * t.n))::int as cities
  from (select c.*, sum(w) over () as total from c) c, (select cities - (select count(*) from bench_real_city) as n from bench_size) t;

-- A synthetic town lies in one of its state's counties (numbered 1… within the state).
create temp table bench_county_n on commit drop as
select geoid, state_fips, row_number() over (partition by state_fips order by geoid) as n from bench_county;

-- Every jurisdiction, before ids: nation, states, counties, real cities, synthetic cities.
create temp table bench_j0 on commit drop as
select 0 as ord, 'NATION'::text as kind, 'United States'::text as name, 'united-states'::text as slug, null::text as state_code,
       null::text as parent_geoid, null::text as geoid, 'ocd-division/country:us'::text as ocd_id, 331449281::bigint as population,
       false as real_name_only
union all
select 1, st.kind, st.name, st.slug, st.usps, null, st.fips, st.ocd_id, st.population, false from bench_state st
union all
select 2, 'COUNTY', c.name, c.slug, st.usps, c.state_fips, c.geoid, c.ocd_id,
       -- the state's population, shared unevenly among its counties
       greatest(round(st.population * c.w / sum(c.w) over (partition by c.state_fips)), 80)::bigint, false
  from (select c.*, 1 / (0.01 + random()) as w from bench_county c) c join bench_state st on st.fips = c.state_fips
union all
select 3, r.kind, r.name, r.slug, r.usps, coalesce(r.county, st.fips), r.geoid,
       'ocd-division/country:us/state:' || lower(r.usps) || '/place:' || replace(lower(r.name), ' ', '_'), r.population, true
  from bench_real_city r join bench_state st on st.usps = r.usps
union all
select 4, 'CITY', x.name, x.name_slug || '-' || lower(x.usps), x.usps, x.county, x.fips || lpad((5 * x.k + 2)::text, 5, '0'),
       'ocd-division/country:us/state:' || lower(x.usps) || '/place:' || replace(lower(x.name), ' ', '_'),
       -- log-normal town sizes: median about 2,500, a long tail of cities
       least(greatest(round(exp(7.8 + 1.6 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))), 50), 900000)::bigint,
       false
  from (
    select a.fips, a.usps, g.k,
           w.prefixes[1 + ((g.k * 7 + a.fips::int * 13) % 1800) / 30] || w.suffixes[1 + ((g.k * 7 + a.fips::int * 13) % 1800) % 30] as name,
           lower(regexp_replace(w.prefixes[1 + ((g.k * 7 + a.fips::int * 13) % 1800) / 30] || w.suffixes[1 + ((g.k * 7 + a.fips::int * 13) % 1800) % 30], '[^A-Za-z]+', '-', 'g')) as name_slug,
           c.geoid as county
      from bench_city_alloc a cross join bench_words w cross join lateral generate_series(1, a.cities) g(k)
      join bench_county_n c on c.state_fips = a.fips and c.n = 1 + (g.k * 7919 + a.fips::int) % a.counties
  ) x;

-- Slugs and OCD ids are unique nationally: a repeated one gets -2, -3…
create temp table bench_j on commit drop as
with d as (
    select j.*, row_number() over (partition by slug order by ord, geoid) as slug_n,
                row_number() over (partition by ocd_id order by ord, geoid) as ocd_n
      from bench_j0 j
)
select d.ord, d.kind, d.name, d.state_code, d.parent_geoid, d.geoid, d.real_name_only,
       case when slug_n = 1 then slug else slug || '-' || slug_n end as slug,
       case when ocd_n = 1 then ocd_id else ocd_id || '_' || ocd_n end as ocd_id,
       d.population,
       null::bigint as id, null::bigint as parent_id, false as existed
  from d;

-- States and counties may already be there as reference data: keep their ids.
update bench_j b set id = j.id, existed = true
  from jurisdiction j where (b.geoid is not null and j.geoid = b.geoid) or (b.kind = 'NATION' and j.slug = b.slug);
-- A new row never takes a slug or OCD id a reference row holds (Bristol City, a synthetic town,
-- beside the reference's "Bristol city" of Virginia).
update bench_j b set slug = b.slug || '-' || coalesce(b.geoid, b.ord::text)
 where not b.existed and exists (select 1 from jurisdiction j where j.slug = b.slug);
update bench_j b set ocd_id = b.ocd_id || '_' || coalesce(b.geoid, b.ord::text)
 where not b.existed and exists (select 1 from jurisdiction j where j.ocd_id = b.ocd_id);
with n as (
    select geoid, slug, coalesce((select max(id) from jurisdiction), 0) + row_number() over (order by ord, geoid, slug) as id
      from bench_j where id is null
)
update bench_j b set id = n.id from n where b.slug = n.slug;
update bench_j b set parent_id = coalesce(p.id, (select s.id from bench_j s where s.ord = 1 and s.state_code = b.state_code))
  from bench_j p
 where b.ord > 0 and ((b.parent_geoid is not null and p.geoid = b.parent_geoid) or (b.ord = 1 and p.ord = 0));
update bench_j b set parent_id = (select s.id from bench_j s where s.ord = 1 and s.state_code = b.state_code)
 where b.ord > 1 and b.parent_id is null;
create unique index on bench_j (id);

-- Status: an editor's assessment, here invented; most places stay UNASSESSED.
create temp table bench_status on commit drop as
select b.id,
       case when b.ord = 3 then (select r.status from bench_real_city r where r.slug = b.slug)
            when b.kind = 'NATION' then 'UNASSESSED'
            when r < (case when b.ord = 1 then 0.85 when b.ord = 2 then 0.16 else 0.09 end)
                then (array['SANCTUARY', 'LIMITED_COOPERATION', 'COOPERATIVE', 'ANTI_SANCTUARY'])[1 + floor(random() * 4)::int]
            else 'UNASSESSED' end as status
  from (select b.*, random() as r from bench_j b) b;

create temp view bench_g_jurisdiction as
select b.id, b.kind, b.name, b.slug, b.state_code, b.parent_id, b.geoid, b.ocd_id, b.population, 2020 as population_year,
       case when b.real_name_only
            then 'Synthetic benchmark data (bench/national.sh): the name and Census GEOID are real; every status, policy, statement and figure recorded here is invented.'
            else 'Synthetic benchmark data (bench/national.sh): not a real record of this jurisdiction.' end as summary,
       s.status,
       case when s.status <> 'UNASSESSED' then
           'Synthetic benchmark assessment: ' || case s.status
               when 'SANCTUARY' then 'local law limits cooperation with federal immigration detainers and bars the use of local resources for enforcement.'
               when 'LIMITED_COOPERATION' then 'the sheriff honors detainers only with a judicial warrant; information sharing is limited by policy.'
               when 'COOPERATIVE' then 'local police and the jail cooperate with ICE requests; no limiting policy is in force.'
               else 'state or local law mandates cooperation with federal immigration enforcement and bans sanctuary policies.' end
       end as status_rationale,
       case when s.status <> 'UNASSESSED' then date_trunc('month', pg_temp.rdate(date '2017-01-01', date '2026-10-31'))::date end as status_as_of,
       case when s.status <> 'UNASSESSED' then 'MONTH' end as status_as_of_precision
  from bench_j b join bench_status s using (id)
 where not b.existed;

update jurisdiction j set population = b.population, population_year = 2020, status = s.status,
               status_rationale = case when s.status <> 'UNASSESSED' then 'Synthetic benchmark assessment (bench/national.sh).' end,
               status_as_of = case when s.status <> 'UNASSESSED' then date '2025-01-01' end,
               status_as_of_precision = case when s.status <> 'UNASSESSED' then 'MONTH' end,
               summary = 'Synthetic benchmark data (bench/national.sh) added to this reference record.',
               updated_at = now(), version = j.version + 1
          from bench_j b join bench_status s using (id)
         where b.existed and j.id = b.id;
select pg_temp.done('jurisdictions', pg_temp.insert_common('jurisdiction', 'bench_g_jurisdiction')
    + (select count(*) from bench_j where existed));
-- A reference state (V62 found no nation) gets the nation as its parent, now that it is there.
update jurisdiction j set parent_id = b.parent_id
  from bench_j b where b.existed and j.id = b.id and j.parent_id is null and b.parent_id is not null;

-- How many rows of each kind each jurisdiction gets -----------------------------------------
create temp table bench_alloc on commit drop as
with base as (
    select b.id, b.ord, b.kind, b.slug, b.state_code, s.status, b.population,
           r.heavy_statements, r.heavy_policies, r.heavy_funding,
           case when s.status = 'UNASSESSED' then 1 else 3 end as assessed
      from bench_j b join bench_status s using (id) left join bench_real_city r on r.slug = b.slug
), w as (
    select base.*,
           case when heavy_statements is not null or kind = 'NATION' then 0 else least(power(population, 0.35), 300) * assessed end as w_statements,
           case when heavy_policies is not null or kind = 'NATION' then 0 else least(power(population, 0.35), 300) * assessed end as w_policies,
           case when heavy_funding is not null or kind = 'NATION' then 0 else least(power(population, 0.35), 90) * (1 + assessed) / 2 end as w_funding,
           case when kind = 'NATION' then 0 else least(power(population, 0.35), 300) end as w_indicators,
           case when kind in ('NATION', 'STATE', 'FEDERAL_DISTRICT') then 0
                when status in ('SANCTUARY', 'LIMITED_COOPERATION') then 10 else 0.2 end as w_designations,
           case when kind = 'NATION' or slug = 'chicago-il' then 0 else least(power(population, 0.45), 200) end as w_people
      from base
), c as (
    select w.*,
           sum(w_statements) over o as c_statements, sum(w_statements) over () as t_statements,
           sum(w_policies) over o as c_policies, sum(w_policies) over () as t_policies,
           sum(w_funding) over o as c_funding, sum(w_funding) over () as t_funding,
           sum(w_indicators) over o as c_indicators, sum(w_indicators) over () as t_indicators,
           sum(w_designations) over o as c_designations, sum(w_designations) over () as t_designations,
           sum(w_people) over o as c_people, sum(w_people) over () as t_people
      from w window o as (order by id)
), h as (
    -- The heavy ones: Chicago at full size whatever the scale (at most a quarter of the
    -- total), New York City and Los Angeles scaled, the United States for federal officials.
    select c.*, p.scale,
           case when slug = 'chicago-il' then least(heavy_statements, z.statements / 4)
                when heavy_statements is not null then round(heavy_statements * p.scale)
                when kind = 'NATION' then round(1500 * p.scale) end::int as h_statements,
           case when slug = 'chicago-il' then least(heavy_policies, z.policies / 4)
                when heavy_policies is not null then round(heavy_policies * p.scale)
                when kind = 'NATION' then round(300 * p.scale) end::int as h_policies,
           case when slug = 'chicago-il' then least(heavy_funding, z.funding / 4)
                when heavy_funding is not null then round(heavy_funding * p.scale) end::int as h_funding,
           case when slug = 'chicago-il' then 40 when kind = 'NATION' then greatest(round(300 * p.scale), 20) end::int as h_people
      from c, bench_params p, bench_size z
)
select h.id, h.kind, h.slug, h.state_code, h.status, h.population,
       coalesce(h_statements, (floor(c_statements / t_statements * r.statements) - floor((c_statements - w_statements) / t_statements * r.statements))::int) as statements,
       coalesce(h_policies, (floor(c_policies / t_policies * r.policies) - floor((c_policies - w_policies) / t_policies * r.policies))::int) as policies,
       coalesce(h_funding, (floor(c_funding / t_funding * r.funding) - floor((c_funding - w_funding) / t_funding * r.funding))::int) as funding,
       (floor(c_indicators / t_indicators * z.indicators) - floor((c_indicators - w_indicators) / t_indicators * z.indicators))::int as indicators,
       (floor(c_designations / t_designations * z.designations) - floor((c_designations - w_designations) / t_designations * z.designations))::int as designations,
       coalesce(h_people, (floor(c_people / t_people * r.people) - floor((c_people - w_people) / t_people * r.people))::int) as people
  from h, bench_size z,
       lateral (select z.statements - sum(x.h_statements) as statements, z.policies - sum(x.h_policies) as policies,
                       z.funding - sum(x.h_funding) as funding, z.people - sum(x.h_people) as people from h x) r;
create unique index on bench_alloc (id);

-- Sources ---------------------------------------------------------------------------------
-- Ids base + 1 … base + n: the reference data's Census source (V62) may be there already.
create temp table bench_src on commit drop as
select sources as n, sources / 3 + 1 as step, (select coalesce(max(id), 0) from source) as base from bench_size;
create temp view bench_g_source as
select (select base from bench_src) + g as id,
       format('Synthetic benchmark source %s: %s', g, pg_temp.pick(array[
           'city council debates immigration ordinance', 'sheriff responds to ICE detainer requests',
           'mayor vows to protect immigrant residents', 'governor signs immigration enforcement bill',
           'federal funding threat to sanctuary jurisdictions', 'county board votes on 287(g) agreement',
           'DOJ list names local jurisdictions', 'police chief on immigration status inquiries',
           'legal defense fund for immigrants facing deportation', 'state attorney general sues over grant conditions',
           'migrant arrivals strain city shelters', 'court rules on detainer policy'])) as title,
       'Synthetic benchmark data' as publisher,
       'https://example.org/synthetic-benchmark/source/' || g as url,
       pg_temp.at_prec(d, p) as published_on, p as published_on_precision,
       case when random() < 0.5 then date '2026-11-01' + floor(random() * 28)::int end as accessed_on,
       'Synthetic benchmark data generated by bench/national.sh: not a real document.' as notes
  from (select g, p, pg_temp.rdate(date '2010-01-01', date '2026-11-15') as d
          from (select g, pg_temp.rprec() as p from generate_series(1, (select sources from bench_size)) g) x) y;
select pg_temp.done('sources', pg_temp.insert_common('source', 'bench_g_source'));


insert into jurisdiction_citation (jurisdiction_id, source_id)
select s.id, (select base from bench_src) + 1 + floor(random() * (select n from bench_src))::bigint
  from bench_status s join bench_j b using (id) where s.status <> 'UNASSESSED' and not b.existed;
select pg_temp.done('jurisdiction citations', (select count(*) from jurisdiction_citation));

-- People ----------------------------------------------------------------------------------
create temp table bench_names on commit drop as
select string_to_array('James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan '
    'Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret '
    'Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa '
    'George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Dorothy Jacob Amy '
    'Gary Kathleen Nicholas Angela Eric Shirley Jonathan Brenda Stephen Emma Larry Anna Justin Pamela Scott Nicole '
    'Brandon Samantha Benjamin Katherine Samuel Christine Gregory Helen Alexander Debra Patrick Rachel Frank Carolyn '
    'Raymond Janet Jack Maria Dennis Catherine Jerry Heather Tyler Diane Aaron Olivia Jose Julie Adam Joyce Nathan Victoria '
    'Henry Ruth Zachary Virginia Douglas Lauren Peter Kelly Kyle Christina Noah Joan Ethan Evelyn Jeremy Judith Walter '
    'Andrea Christian Hannah Keith Megan Roger Cheryl Terry Jacqueline Austin Martha Sean Madison Gerald Teresa Carl '
    'Gloria Harold Sara Dylan Janice Arthur Ann Lawrence Kathryn Jordan Abigail Jesse Sophia Bryan Frances Billy Jean '
    'Bruce Alice Gabriel Judy Joe Isabella Logan Julia Alan Grace Juan Amber Albert Denise Willie Danielle Elijah Marilyn '
    'Wayne Beverly Randy Charlotte Vincent Natalie Mason Theresa Roy Diana Ralph Brittany Bobby Doris Russell Kayla '
    'Bradley Alexis Philip Lori Eugene Marie Luis Carmen Rosa Ana Miguel Sofia Carlos Lucia Ahmed Fatima Mei Wei '
    'Priya Raj Kwame Amara Hiroshi Yuki Dmitri Olga Tomas Ines', ' ') as first_names,
       string_to_array('Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez '
    'Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis '
    'Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera '
    'Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris '
    'Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward '
    'Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel '
    'Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales '
    'Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole '
    'Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez '
    'McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson '
    'Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson '
    'Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver '
    'Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight '
    'Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman '
    'Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Okafor Nakamura Kowalski Novak Haddad', ' ') as last_names;

create temp table bench_person on commit drop as
with slots as (
    select a.id as jurisdiction_id, a.kind, a.slug, g.k, a.people
      from bench_alloc a cross join lateral generate_series(1, a.people) g(k)
), named as (
    select row_number() over (order by s.jurisdiction_id, s.k) as id, s.*,
           pg_temp.pick(n.first_names) || case when random() < 0.25 then ' ' || chr(65 + floor(random() * 26)::int) || '.' else '' end
               || ' ' || pg_temp.pick(n.last_names) as name,
           random() < 0.08 and s.k > 1 as advocate
      from slots s cross join bench_names n
)
select id, jurisdiction_id, kind, k, name, advocate,
       case when advocate then pg_temp.pick(array['Executive Director', 'Spokesperson', 'President', 'Policy Director', 'Organizer'])
            when k = 1 then case kind when 'NATION' then 'President' when 'STATE' then 'Governor' when 'FEDERAL_DISTRICT' then 'Mayor'
                                      when 'COUNTY' then 'Sheriff' else 'Mayor' end
            when kind = 'NATION' then pg_temp.pick(array['Attorney General', 'Secretary of Homeland Security', 'ICE Director', 'Border Czar',
                                                         'U.S. Senator', 'U.S. Representative', 'U.S. Representative', 'White House Press Secretary',
                                                         'CBP Commissioner', 'Deputy Attorney General'])
            when kind in ('STATE', 'FEDERAL_DISTRICT') then pg_temp.pick(array['Attorney General', 'Lieutenant Governor', 'State Senator',
                                                         'State Representative', 'State Representative', 'Secretary of State', 'Council Member'])
            when kind = 'COUNTY' then pg_temp.pick(array['County Executive', 'County Commissioner', 'District Attorney', 'Board Chair', 'Undersheriff'])
            else pg_temp.pick(array['Police Chief', 'City Council Member', 'City Council Member', 'Alderman', 'City Attorney', 'Deputy Mayor'])
       end as title,
       case when advocate then pg_temp.pick(array['Immigrant Legal Defense Network', 'County Sheriffs'' Association', 'Police Benevolent Union',
                                                  'Faith Coalition for Immigrant Families', 'Taxpayers for Safe Streets', 'Federation for Border Security',
                                                  'Teachers Union Local', 'Regional Chamber of Commerce', 'Civil Liberties Union chapter',
                                                  'Farmworkers Alliance', 'Neighbors United', 'Secure Communities Coalition']) end as organization,
       case when advocate then null else pg_temp.pick(array['Democratic', 'Democratic', 'Republican', 'Republican', 'Independent', null]) end as party
  from named;
create index on bench_person (jurisdiction_id, k);

create temp view bench_g_person as
select p.id, p.name,
       lower(regexp_replace(p.name, '[^A-Za-z]+', '-', 'g')) || case when n > 1 then '-' || n else '' end as slug,
       p.party, p.title as current_title, p.jurisdiction_id, p.organization
  from (select p.*, row_number() over (partition by lower(regexp_replace(p.name, '[^A-Za-z]+', '-', 'g')) order by p.id) as n
          from bench_person p) p;
select pg_temp.done('people', pg_temp.insert_common('person', 'bench_g_person'));

-- Officials who speak about places other than their own: federal and state officials.
create temp table bench_roaming on commit drop as
select row_number() over (order by p.id) as r, p.id, p.title
  from bench_person p where p.kind in ('NATION', 'STATE') and not p.advocate;
create unique index on bench_roaming (r);

-- Policies --------------------------------------------------------------------------------
create temp table bench_theme (theme int primary key, pro boolean, title text, provisions text[], fund boolean) on commit drop;
insert into bench_theme values
    (1, true, 'Welcoming City Ordinance', array['DECLINES_DETAINERS', 'LIMITS_INFORMATION_SHARING', 'NO_STATUS_INQUIRY'], false),
    (2, true, 'Trust Act implementing rules', array['DECLINES_DETAINERS', 'LIMITS_RELEASE_NOTIFICATION', 'LIMITS_ICE_JAIL_ACCESS'], false),
    (3, true, 'Legal defense fund for immigrants facing deportation', array['LEGAL_DEFENSE_FUND'], true),
    (4, true, 'Directive on immigration status inquiries', array['NO_STATUS_INQUIRY', 'BARS_LOCAL_RESOURCES'], false),
    (5, true, 'Termination of the 287(g) agreement', array['NO_287G_AGREEMENT', 'DECLINES_DETAINERS'], false),
    (6, true, 'Resident data privacy protections', array['LIMITS_INFORMATION_SHARING', 'BARS_LOCAL_RESOURCES'], false),
    (7, true, 'Limits on federal immigration agents'' access to the jail', array['LIMITS_ICE_JAIL_ACCESS', 'LIMITS_RELEASE_NOTIFICATION'], false),
    (8, false, 'Ban on sanctuary policies', array['PREEMPTS_SANCTUARY', 'REQUIRES_COOPERATION'], false),
    (9, false, '287(g) agreement with ICE', array['HAS_287G_AGREEMENT', 'REQUIRES_COOPERATION'], false),
    (10, false, 'Detainer compliance mandate', array['REQUIRES_COOPERATION'], false),
    (11, false, 'Resolution supporting federal immigration enforcement', array['REQUIRES_COOPERATION', 'HAS_287G_AGREEMENT'], false);

create temp table bench_policy on commit drop as
with slots as (
    select a.id as jurisdiction_id, a.kind, a.status as j_status, g.k
      from bench_alloc a cross join lateral generate_series(1, a.policies) g(k)
), r as (
    select s.*, random() as r_theme, random() as r_inst, random() as r_status, pg_temp.rprec() as prec, random() as r_misc,
           pg_temp.rdate(date '2005-01-01', date '2026-10-31') as day
      from slots s
)
select row_number() over (order by r.day, r.jurisdiction_id, r.k) as id, r.*,
       case when (r.j_status in ('SANCTUARY', 'LIMITED_COOPERATION') and r.r_theme < 0.85)
              or (r.j_status not in ('SANCTUARY', 'LIMITED_COOPERATION', 'COOPERATIVE', 'ANTI_SANCTUARY') and r.r_theme < 0.5)
              or (r.j_status in ('COOPERATIVE', 'ANTI_SANCTUARY') and r.r_theme < 0.15)
            then 1 + floor(random() * 7)::int else 8 + floor(random() * 4)::int end as theme
  from r;

create temp view bench_g_policy as
select p.id, p.jurisdiction_id, p.instrument, p.status,
       format('%s: %s (%s)', initcap(replace(lower(p.instrument), '_', ' ')), t.title, extract(year from p.day)) as title,
       'Synthetic benchmark policy (bench/national.sh): ' || t.title || ', ' || case p.status
           when 'ENACTED' then 'adopted and in force.' when 'PROPOSED' then 'proposed, not yet voted on.'
           when 'FAILED' then 'voted down.' when 'REPEALED' then 'adopted, later repealed.'
           when 'STRUCK_DOWN' then 'adopted, struck down in court.' else 'adopted, since expired.' end as summary,
       case when p.status <> 'PROPOSED' then pg_temp.at_prec(p.day, p.prec) end as adopted_on,
       case when p.status <> 'PROPOSED' then p.prec end as adopted_on_precision,
       case when p.status in ('ENACTED', 'REPEALED', 'STRUCK_DOWN', 'EXPIRED') and p.r_misc < 0.7 then p.day + floor(p.r_misc * 120)::int end as effective_on,
       case when p.status in ('ENACTED', 'REPEALED', 'STRUCK_DOWN', 'EXPIRED') and p.r_misc < 0.7 then 'DAY' end as effective_on_precision,
       case when p.status in ('REPEALED', 'STRUCK_DOWN', 'EXPIRED') then p.day + 100 + floor(p.r_misc * 2500)::int end as ended_on,
       case when p.status in ('REPEALED', 'STRUCK_DOWN', 'EXPIRED') then 'DAY' end as ended_on_precision,
       case when p.instrument in ('ORDINANCE', 'RESOLUTION', 'STATE_LAW', 'BUDGET_MEASURE') and p.status <> 'PROPOSED'
            then case when p.r_misc < 0.3 then 'unanimous' else (5 + floor(p.r_misc * 40)::int) || '-' || floor(p.r_misc * 9)::int end end as vote,
       case when t.fund then round((50000 + p.r_misc * 20000000)::numeric, -3) end as amount_usd,
       case when t.fund then (array['EXACT', 'APPROXIMATE', 'MORE_THAN', 'NEARLY'])[1 + floor(p.r_misc * 4)::int] end as amount_qualifier,
       case when t.pro and 'DECLINES_DETAINERS' = any (t.provisions) and p.r_misc < 0.5
            then pg_temp.pick(array['Does not protect people convicted of serious or violent felonies listed in state law.',
                                    'Detainers are honored when accompanied by a judicial warrant.',
                                    'Excludes people with a prior conviction for a listed serious offense.']) end as carve_outs
  from (select p.*,
               case when p.kind = 'NATION' then (array['EXECUTIVE_ORDER', 'EXECUTIVE_ORDER', 'COURT_RULING', 'OTHER'])[1 + floor(p.r_inst * 4)::int]
                    when p.kind in ('STATE', 'FEDERAL_DISTRICT') then (array['STATE_LAW', 'STATE_LAW', 'STATE_LAW', 'EXECUTIVE_ORDER', 'COURT_RULING', 'OTHER'])[1 + floor(p.r_inst * 6)::int]
                    when p.kind = 'COUNTY' then (array['ORDINANCE', 'ORDINANCE', 'RESOLUTION', 'POLICE_DIRECTIVE', 'POLICE_DIRECTIVE', 'BUDGET_MEASURE'])[1 + floor(p.r_inst * 6)::int]
                    else (array['ORDINANCE', 'ORDINANCE', 'ORDINANCE', 'RESOLUTION', 'RESOLUTION', 'POLICE_DIRECTIVE', 'EXECUTIVE_ORDER', 'BUDGET_MEASURE'])[1 + floor(p.r_inst * 8)::int]
               end as instrument,
               case when p.r_status < 0.6 then 'ENACTED' when p.r_status < 0.75 then 'PROPOSED' when p.r_status < 0.83 then 'FAILED'
                    when p.r_status < 0.91 then 'REPEALED' when p.r_status < 0.95 then 'STRUCK_DOWN' else 'EXPIRED' end as status
          from bench_policy p) p
  join bench_theme t using (theme);
select pg_temp.done('policies', pg_temp.insert_common('policy', 'bench_g_policy'));

insert into policy_provision (policy_id, provision)
select p.id, x.provision
  from bench_policy p join bench_theme t using (theme)
 cross join lateral (select u.provision from unnest(t.provisions) with ordinality u(provision, n)
                      where u.n = 1 or random() < 0.6 + 0 * p.id) x;
select pg_temp.done('policy provisions', (select count(*) from policy_provision));

insert into policy_citation (policy_id, source_id)
select p.id, (select base from bench_src) + 1 + (s0 + k * (select step from bench_src)) % (select n from bench_src)
  from (select id, floor(random() * (select n from bench_src))::bigint as s0,
               case when random() < 0.55 then 1 when random() < 0.8 then 2 else 3 end as n from bench_policy) p
 cross join lateral generate_series(0, p.n - 1) k;
select pg_temp.done('policy citations', (select count(*) from policy_citation));

-- Statements ------------------------------------------------------------------------------
-- Quotes are built from phrases (the stance decides the verb) and a tail of words drawn
-- with a Zipf-like law from a vocabulary ordered by frequency: common words match many
-- statements, words deep in the list few, and the rare words below a handful each.
create temp table bench_text on commit drop as
select string_to_array('Let me be clear:|Today|As I have said before,|Make no mistake:|I want to say this plainly:|Tonight|'
    'Once again|For the record,|We said it in 2016 and we say it again:|Our message is simple:|Frankly,|Here is the truth:|'
    'With respect,|Under my leadership,|From day one,|I will say it again:|To every family listening:|Let me repeat:', '|') as openers,
       string_to_array('this city|our police department|the county|this administration|our state|the sheriff''s office|'
    'our city council|this community|the federal government|our jail|the governor''s office|our schools|this department|'
    'the attorney general''s office|our officers|this board', '|') as subjects,
       string_to_array('will not cooperate with|will continue to protect|refuses to honor|will stand up to|will never help with|'
    'will go to court to stop|will keep limiting|will not be intimidated by|is not going to take part in|will fight', '|') as pro_verbs,
       string_to_array('will fully cooperate with|will enforce|demands compliance with|supports|will not tolerate defiance of|'
    'will honor every request of|will work hand in hand with|welcomes|will cut funding over|will prosecute those who obstruct', '|') as anti_verbs,
       string_to_array('is still reviewing|has questions about|will study|is weighing|wants more facts on|will hold hearings on|'
    'is divided over|needs time to consider', '|') as neutral_verbs,
       string_to_array('sanctuary policies|ICE detainer requests|federal immigration agents|our immigrant neighbors|'
    'the mass deportation plan|the sanctuary city ordinance|the Department of Justice|federal immigration enforcement|'
    'the 287(g) program|undocumented residents|the sanctuary law|families facing deportation|the border czar|'
    'sanctuary jurisdictions|the detainer policy|federal grant conditions|immigration raids|the legal defense fund|'
    'the trust act|asylum seekers|migrant shelters|the new federal list of sanctuary cities|deportation flights|'
    'the sanctuary state law|Immigration and Customs Enforcement', '|') as objects,
       string_to_array('at a city council meeting|in a press conference|in a statement|in an interview|on social media|'
    'at a rally|in a budget hearing|in a radio interview|at a town hall|in a letter to the Justice Department|'
    'in testimony before the legislature|at a news briefing|in a televised address|at a school board meeting', '|') as venues,
       string_to_array('responding to the federal funding threat|after the council vote|as the new administration took office|'
    'after immigration arrests in the area|while defending the detainer policy|as the state debated a ban on sanctuary policies|'
    'ahead of the budget vote|after a court ruling on detainers|as migrant arrivals rose|after the DOJ named the jurisdiction', '|') as occasions,
       string_to_array(
    'people city federal safety police families community law government public residents immigration plan country '
    'money funding rights work children state local budget court order time year schools help support justice officers '
    'protect policy enforcement jobs crime streets trust neighbors nation agents leaders security jail border workers '
    'president mayor council decision vote threat freedom values constitution health housing economy taxpayers '
    'dollars program grant resources services future history home parents students immigrants voices promise truth '
    'action accountability cooperation deportation detainers warrant judge lawsuit attorney department office county '
    'sheriff governor legislature congress administration campaign election week month today tomorrow always never '
    'together strong fair safe free open welcome dignity respect fear hope courage peace order chaos crisis emergency '
    'shelter asylum refugees migrants citizens taxes cost billion million thousand hundred percent data records privacy '
    'information access hearing meeting letter statement report review study evidence facts numbers limits rules '
    'ordinance resolution directive measure amendment statute mandate ban repeal ruling appeal injunction settlement '
    'union business church faith teachers nurses doctors farmers workers employers landlords tenants drivers victims '
    'witnesses survivors gangs cartels fentanyl smuggling trafficking patrol arrests raids removal detention custody '
    'release notification interview booking fingerprints database cooperation partnership agreement contract funding '
    'cuts withholding lawsuit compliance defiance obstruction resistance sovereignty tenth amendment commandeering '
    'discretion priorities resources overtime staffing morale recruitment training bodycams oversight audit inspector '
    'transparency sunlight accountability ethics integrity leadership vision partnership coalition alliance network '
    'neighborhood block street avenue downtown suburbs county seat capitol courthouse precinct district ward borough '
    'harvest factory warehouse restaurant hospital clinic school university campus library park church mosque temple '
    'synagogue stadium airport station highway bridge river valley mountain desert coast harbor port island prairie '
    'winter spring summer autumn morning evening midnight weekend holiday anniversary birthday graduation funeral wedding '
    'grandmother grandfather mother father daughter son sister brother cousin uncle aunt friend stranger visitor guest '
    'promise pledge oath vow commitment obligation duty responsibility burden sacrifice struggle victory defeat compromise '
    'bargain deal negotiation talks summit conference caucus primary debate poll ballot referendum initiative petition '
    'signature protest march vigil boycott strike walkout sit-in teach-in rally parade festival ceremony celebration '
    'lantern compass anchor beacon harbor lighthouse orchard vineyard quarry foundry tannery bakery creamery cannery '
    'ledger almanac chronicle gazette bulletin dispatch courier herald sentinel tribune examiner observer inquirer '
    'chestnut sycamore magnolia juniper hickory cypress sequoia tamarack aspen dogwood hawthorn buckeye mesquite '
    'granite basalt limestone sandstone marble slate cobblestone gravel adobe timber brick mortar plaster copper '
    'tin nickel zinc cobalt bronze pewter velvet denim flannel canvas burlap linen wool cotton silk tweed', ' ') as vocabulary,
       string_to_array(' and | of the | for | with | in the | and the | for our | to protect | against |, | by | on | without ', '|') as connectives,
       string_to_array('porcupine zeppelin marmalade quixotic kaleidoscope harpsichord narwhal xylophone bumblebee '
    'platypus gondola accordion pelican walrus armadillo chinchilla meerkat wombat toucan flamingo tortoise lobster '
    'pretzel dumpling croissant bagel waffle pancake muffin biscuit noodle ravioli lasagna burrito tamale gazpacho '
    'origami trombone saxophone banjo ukulele tambourine bagpipe clarinet oboe bassoon cello mandolin sitar theremin '
    'hieroglyph labyrinth minotaur griffin phoenix basilisk chimera kraken leviathan sphinx centaur unicorn dragonfly '
    'firefly glacier volcano tornado avalanche monsoon typhoon blizzard drizzle rainbow meteor comet nebula quasar '
    'asteroid eclipse equinox solstice zenith nadir horizon tundra savanna lagoon fjord archipelago peninsula isthmus '
    'oasis mirage geyser canyon mesa butte plateau badlands marsh bayou swamp', ' ') as rare;

-- A pool of word tails, each drawn from the vocabulary with a Zipf-like law.
create temp table bench_tail (k int primary key, words text) on commit drop;
insert into bench_tail
select g.k, (select string_agg(t.vocabulary[floor(power(cardinality(t.vocabulary) + 0.999, random()))::int + 0 * n]
                               || case when n < 3 + (g.k % 9) then t.connectives[1 + floor(random() * cardinality(t.connectives))::int] else '' end, '')
               from generate_series(1, 3 + (g.k % 9)) n)
  from generate_series(1, (select greatest(4000, (statements / 10)::int) from bench_size)) g(k), bench_text t;

create temp table bench_statement on commit drop as
with slots as (
    select a.id as jurisdiction_id, a.status, g.k, a.people as local_people
      from bench_alloc a cross join lateral generate_series(1, a.statements) g(k)
), r as (
    select s.*, random() as r_stance, random() as r_speaker, random() as r_pick, pg_temp.rprec() as prec,
           pg_temp.rdate(date '2010-01-01', date '2026-11-20') as day,
           1 + floor(random() * (select count(*) from bench_tail))::int as tail_a,
           1 + floor(random() * (select count(*) from bench_tail))::int as tail_b
      from slots s
)
select row_number() over (order by r.day, r.jurisdiction_id, r.k) as id, r.jurisdiction_id, r.prec, r.day, r.tail_a, r.tail_b,
       coalesce(p.id, ro.id) as person_id, coalesce(p.title, ro.title) as speaker_title,
       case when r.status in ('SANCTUARY', 'LIMITED_COOPERATION') then
                case when r.r_stance < 0.65 then 'SUPPORTS_SANCTUARY' when r.r_stance < 0.8 then 'OPPOSES_SANCTUARY' when r.r_stance < 0.9 then 'NEUTRAL' else 'MIXED' end
            when r.status in ('COOPERATIVE', 'ANTI_SANCTUARY') then
                case when r.r_stance < 0.65 then 'OPPOSES_SANCTUARY' when r.r_stance < 0.8 then 'SUPPORTS_SANCTUARY' when r.r_stance < 0.9 then 'NEUTRAL' else 'MIXED' end
            else case when r.r_stance < 0.35 then 'SUPPORTS_SANCTUARY' when r.r_stance < 0.7 then 'OPPOSES_SANCTUARY' when r.r_stance < 0.9 then 'NEUTRAL' else 'MIXED' end
       end as stance
  from r
  left join bench_person p on r.local_people > 0 and r.r_speaker < 0.88 and p.jurisdiction_id = r.jurisdiction_id
                          and p.k = 1 + floor(r.r_pick * r.local_people)::int
  left join bench_roaming ro on (r.local_people = 0 or r.r_speaker >= 0.88)
                            and ro.r = 1 + floor(r.r_pick * (select count(*) from bench_roaming))::int;

create temp view bench_g_statement as
select s.id, s.person_id, s.speaker_title, s.jurisdiction_id,
       pg_temp.at_prec(s.day, s.prec) as stated_on, s.prec as stated_on_precision,
       q.opener || ' ' || q.subject || ' ' || q.verb || ' ' || q.object || ', ' || ta.words || '.'
           || case when (s.id * 7919) % (select greatest(round(200000 * scale), 2000)::bigint from bench_params) < cardinality(t.rare)
                   then ' It is like a ' || t.rare[1 + ((s.id * 7919) % (select greatest(round(200000 * scale), 2000)::bigint from bench_params))::int] || '.'
                   else '' end as quote,
       'Said ' || pg_temp.pick(t.venues) || ' ' || pg_temp.pick(t.occasions) || '; ' || tb.words || '.' as context,
       s.stance,
       case when random() < 0.85 then 'QUOTE' else 'PARAPHRASE' end as kind,
       case when random() < 0.12 then pg_temp.pick(array['The New York Times', 'Fox News', 'Associated Press', 'Reuters',
                                                          'local public radio', 'the Chicago Tribune', 'CBS News', 'NewsNation']) end as reported_by,
       (select base from bench_src) + 1 + floor(random() * (select n from bench_src))::bigint as source_id
  from bench_statement s
 cross join bench_text t
 cross join lateral (select pg_temp.pick(t.openers) as opener, pg_temp.pick(t.subjects) as subject,
                            pg_temp.pick(case s.stance when 'SUPPORTS_SANCTUARY' then t.pro_verbs when 'OPPOSES_SANCTUARY' then t.anti_verbs
                                                       when 'NEUTRAL' then t.neutral_verbs
                                                       else t.pro_verbs || t.anti_verbs end) as verb,
                            pg_temp.pick(t.objects) || left(s.id::text, 0) as object) q
  join bench_tail ta on ta.k = s.tail_a
  join bench_tail tb on tb.k = s.tail_b;
select pg_temp.done('statements', pg_temp.insert_common('statement', 'bench_g_statement'));

-- Funding, figures, designations ----------------------------------------------------------
create temp view bench_g_funding_exposure as
select row_number() over (order by a.id, g.k) as id, a.id as jurisdiction_id, x.fiscal_year, x.program,
       case when x.r < 0.88 then x.amount end as amount_at_risk_usd,
       case when x.r >= 0.6 then round((0.1 + random() * 24.9)::numeric, 2) end as share_of_budget_pct,
       case when x.r >= 0.75 then round((x.amount * (20 + random() * 200))::numeric, -2) end as total_budget_usd,
       x.status,
       case when random() < 0.3 then 'Synthetic benchmark row: ' || pg_temp.pick(array['amount as reported by the city budget office',
           'share of the general fund', 'estimate from the federal grant database', 'figure disputed by the county']) end as notes
  from bench_alloc a cross join lateral generate_series(1, a.funding) g(k)
 cross join lateral (select random() + 0 * g.k as r, 2017 + floor(random() * 11)::int as fiscal_year,
                            round(exp(ln(10000) + random() * ln(100000))::numeric, 2) as amount,
                            pg_temp.pick(array['Byrne JAG', 'COPS Hiring Program', 'SCAAP', 'FEMA preparedness grants', 'All federal funds',
                                               'Community Development Block Grant', 'Urban Area Security Initiative', 'Head Start',
                                               'Title I education funds', 'Transit capital grants', 'Homeland Security Grant Program']) as program,
                            (array['THREATENED', 'THREATENED', 'THREATENED', 'WITHHELD', 'RESTORED', 'RECEIVED'])[1 + floor(random() * 6)::int] as status) x;
select pg_temp.done('funding exposures', pg_temp.insert_common('funding_exposure', 'bench_g_funding_exposure'));

insert into funding_exposure_citation (funding_exposure_id, source_id)
select f.id, (select base from bench_src) + 1 + (s0 + k * (select step from bench_src)) % (select n from bench_src)
  from (select id, floor(random() * (select n from bench_src))::bigint as s0, case when random() < 0.9 then 1 else 2 end as n
          from funding_exposure) f
 cross join lateral generate_series(0, f.n - 1) k;
select pg_temp.done('funding citations', (select count(*) from funding_exposure_citation));

create temp view bench_g_indicator as
select row_number() over (order by a.id, g.k) as id, a.id as jurisdiction_id, x.metric,
       round(case x.metric when 'MIGRANT_SPENDING_USD' then exp(ln(10000) + random() * ln(100000))
                           when 'UNDOCUMENTED_POPULATION_ESTIMATE' then a.population * random() * 0.08
                           when 'JURISDICTIONS_LIMITING_COOPERATION' then random() * 400
                           else random() * 50000 end::numeric, case when x.metric = 'MIGRANT_SPENDING_USD' then 2 else 0 end) as value,
       (array['EXACT', 'EXACT', 'APPROXIMATE', 'MORE_THAN', 'NEARLY'])[1 + floor(random() * 5)::int] as value_qualifier,
       pg_temp.at_prec(x.day, x.prec) as as_of, x.prec as as_of_precision,
       case when random() < 0.2 then 'Synthetic benchmark figure.' end as notes
  from bench_alloc a cross join lateral generate_series(1, a.indicators) g(k)
 cross join lateral (select pg_temp.pick(array['MIGRANT_ARRIVALS', 'UNDOCUMENTED_POPULATION_ESTIMATE', 'MIGRANT_SPENDING_USD',
                                               'BORDER_APPREHENSIONS', 'JURISDICTIONS_LIMITING_COOPERATION']) || left(g.k::text, 0) as metric,
                            pg_temp.rprec() as prec, pg_temp.rdate(date '2012-01-01', date '2026-10-31') as day) x;
select pg_temp.done('indicators', pg_temp.insert_common('indicator', 'bench_g_indicator'));

insert into indicator_citation (indicator_id, source_id)
select id, (select base from bench_src) + 1 + floor(random() * (select n from bench_src))::bigint from indicator;
select pg_temp.done('indicator citations', (select count(*) from indicator_citation));

create temp view bench_g_designation as
select row_number() over (order by a.id, g.k) as id, a.id as jurisdiction_id, x.list_name,
       x.listed_on, 'DAY' as listed_on_precision,
       case when x.r < 0.2 then x.listed_on + 30 + floor(random() * 900)::int end as removed_on,
       case when x.r < 0.2 then 'DAY' end as removed_on_precision,
       x.r > 0.85 as disputed,
       case when x.r > 0.85 then 'Synthetic benchmark note: the jurisdiction says it complies with federal law and asked to be removed.' end as dispute_note
  from bench_alloc a cross join lateral generate_series(1, a.designations) g(k)
 cross join lateral (select random() + 0 * g.k as r,
                            pg_temp.pick(array['DOJ sanctuary jurisdiction list', 'DHS sanctuary jurisdictions list',
                                               'ICE declined detainer outcome report', 'DOJ Byrne JAG compliance letter']) as list_name,
                            pg_temp.rdate(date '2017-01-01', date '2026-10-31') as listed_on) x;
select pg_temp.done('designations', pg_temp.insert_common('designation', 'bench_g_designation'));

insert into designation_citation (designation_id, source_id)
select id, (select base from bench_src) + 1 + floor(random() * (select n from bench_src))::bigint from designation;
select pg_temp.done('designation citations', (select count(*) from designation_citation));

-- With fire_triggers=1 the deferred citation triggers run here, once per fact, instead of at commit.
select fire_triggers as fire from bench_params \gset
\if :fire
set constraints all immediate;
\endif
select pg_temp.done(case when fire_triggers then 'citation triggers fired' else 'citation triggers off' end, 0) from bench_params;

create temp table bench_aud_rows (aud_table text, n bigint) on commit drop;
-- Audit rows: one revision holds every row, as the demo load does (V9_1) -------------------
-- For every table with an _aud twin: the columns both have, the revision, revtype 0 (ADD),
-- or 1 (MOD) for a row that had history before (reference data the load updated).
do $$
declare
    r      record;
    cols   text;
    n      bigint;
    rev    bigint := (select rev from bench_params);
    before boolean := (select had_history from bench_params);
begin
    for r in select c.relname from pg_class c join pg_namespace s on s.oid = c.relnamespace
              where s.nspname = 'public' and c.relkind = 'r'
                and exists (select 1 from pg_class a where a.relname = c.relname || '_aud' and a.relnamespace = s.oid)
              order by c.relname loop
        select string_agg(quote_ident(t.attname), ', ' order by t.attnum) into cols
          from pg_attribute t
          join pg_attribute a on a.attrelid = ('public.' || r.relname || '_aud')::regclass and a.attname = t.attname
                             and a.attnum > 0 and not a.attisdropped
         where t.attrelid = ('public.' || r.relname)::regclass and t.attnum > 0 and not t.attisdropped
           and t.attname not in ('rev', 'revtype');
        if before and exists (select 1 from pg_attribute where attrelid = ('public.' || r.relname)::regclass and attname = 'id') then
            -- The ids audited before, set aside first: a subquery on the audit table being
            -- inserted into was planned as a scan per row over the rows this very insert adds
            -- (invisible to it, but read), quadratic in the table's size.
            drop table if exists bench_audited;
            execute format('create temp table bench_audited on commit drop as select distinct id from public.%I_aud', r.relname);
            create unique index on bench_audited (id);
            analyze bench_audited;
            execute format('insert into public.%1$I_aud (rev, revtype, %2$s) select %3$s, case when h.id is null then 0 else 1 end, %4$s from public.%1$I x left join bench_audited h on h.id = x.id',
                           r.relname, cols, rev,
                           (select string_agg('x.' || c, ', ') from unnest(string_to_array(cols, ', ')) c));
        elsif before then
            execute format('insert into public.%1$I_aud (rev, revtype, %2$s) select %3$s, 0, %2$s from (select %2$s from public.%1$I except select %2$s from public.%1$I_aud) x',
                           r.relname, cols, rev);
        else
            execute format('insert into public.%1$I_aud (rev, revtype, %2$s) select %3$s, 0, %2$s from public.%1$I', r.relname, cols, rev);
        end if;
        get diagnostics n = row_count;
        insert into bench_aud_rows values (r.relname || '_aud', n);
    end loop;
end $$;
select pg_temp.done('audit rows (' || count(*) || ' *_aud tables)', sum(n)::bigint) from bench_aud_rows;

-- Indexes, sequences, checks --------------------------------------------------------------
do $$
declare r record;
begin
    for r in select * from bench_indexes loop
        execute r.definition;
    end loop;
end $$;
select pg_temp.done('secondary indexes rebuilt', (select count(*) from bench_indexes));

-- Ids were written explicitly; each table's sequence continues after them (V10: blocks of 50).
do $$
declare r record; seq text;
begin
    for r in select c.relname from pg_class c join pg_namespace s on s.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attname = 'id'
              where s.nspname = 'public' and c.relkind = 'r' loop
        seq := pg_get_serial_sequence('public.' || r.relname, 'id');
        if seq is not null then
            execute format('select setval(%L, coalesce((select max(id) from public.%I), 0) + 1, false)', seq, r.relname);
        end if;
    end loop;
end $$;

do $$
declare r record; missing bigint;
begin
    for r in select * from bench_fact_triggers loop
        execute format('select count(*) from public.%I f where not exists (select 1 from public.%I l where l.%I = f.id)',
                       r.fact, r.link, r.link_column) into missing;
        if missing > 0 then
            raise exception '% rows of % cite no source', missing, r.fact;
        end if;
        if not (select fire_triggers from bench_params) then
            execute format('alter table %I enable trigger %I', r.fact_table, r.tgname);
        end if;
    end loop;
end $$;

insert into synthetic_benchmark_marker (scale, revision_id, note)
select scale, rev, 'Synthetic benchmark data generated by bench/national.sh; never production data.' from bench_params;

-- Each audit row's end: the revision of its record's next audit row (what V70's triggers keep).
do $$
declare
    r record;
    keys text;
begin
    for r in select tgrelid::regclass::text as audit_table, tgname from pg_trigger where tgname like '%\_aud\_ends' loop
        keys := case when r.audit_table ~ '_(citation|provision|target)_aud$'
            then (select string_agg(quote_ident(a.attname), ', ' order by k.n)
                  from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, n)
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
                  where i.indrelid = r.audit_table::regclass and i.indisprimary and a.attname <> 'rev')
            else 'id' end;
        execute format('update %1$s a set revend = n.next_rev
              from (select %2$s, rev, lead(rev) over (partition by %2$s order by rev) as next_rev from %1$s) n
             where (%3$s) = (%4$s) and a.rev = n.rev and a.revend is distinct from n.next_rev',
            r.audit_table, keys,
            (select string_agg('a.' || k, ', ') from unnest(string_to_array(keys, ', ')) k),
            (select string_agg('n.' || k, ', ') from unnest(string_to_array(keys, ', ')) k));
        execute format('alter table %s enable trigger %I', r.audit_table, r.tgname);
    end loop;
end $$;

select pg_temp.done('checks', 0);
commit;
