-- Corrections to the demo dataset after a line-by-line reading of the four seed articles
-- against the data (issue 7): the load claimed more than its articles say. The rows are
-- corrected in place and every changed row is written to its audit table as one revision,
-- so history, exports and as_of queries see the load, then this correction.
-- Rows changed here get updated_at = now() (this migration's transaction start), which is
-- how the audit inserts at the end find them.

insert into revision (revised_at, username, summary)
values (now(), 'system', 'Demo dataset corrected to claim only what its articles say');

-- Seed articles, by the titles the load gave them (their notes named the seed file, an
-- internal note no public page should show; it is removed below).
create temporary table demo_seed (seed text primary key, source_id bigint not null) on commit drop;
insert into demo_seed
select substring(notes from 'Seed article ([0-9]{3})_'), id from source where notes like '%Seed article %';

-- Status assessments ---------------------------------------------------------------------------
-- Aurora: one spokesman's line ("we will work with our federal partners") beside its police
-- "will remain focused on dealing with local law enforcement" supports no assessment.
-- Washington, D.C.: the article never calls the District a sanctuary jurisdiction.
-- Colorado: one radio interview with the governor, no policy.
create temporary table demo_unassessed on commit drop as
select id from jurisdiction where slug in ('aurora-co', 'washington-dc', 'colorado');

update jurisdiction set status = 'UNASSESSED', status_rationale = null, status_as_of = null,
    status_as_of_precision = null, updated_at = now(), version = version + 1
where id in (select id from demo_unassessed);

insert into jurisdiction_citation_aud (rev, revtype, jurisdiction_id, source_id)
select currval('revision_id_seq'), 2, jurisdiction_id, source_id
from jurisdiction_citation where jurisdiction_id in (select id from demo_unassessed);
delete from jurisdiction_citation where jurisdiction_id in (select id from demo_unassessed);

-- Chicago: each mayor's own words, not a paraphrase that puts words in both mouths.
update jurisdiction set status_rationale =
    $$Mayor Rahm Emanuel said of Chicago in 2016: "It always will be a sanctuary city." In 2024 Mayor Brandon Johnson said "Our city’s police department is not going to (double) as ICE agents"; the article describes his stand "to remain a welcoming city for immigrants". The City Council approved a $1.3 million legal defense fund for immigrants facing deportation.$$,
    updated_at = now(), version = version + 1
where slug = 'chicago-il';

-- Los Angeles: the Justice Fund was announced, not set up as far as the articles tell.
update jurisdiction set status_rationale =
    $$The City Council unanimously approved an ordinance that prohibits the use of city resources for federal immigration enforcement (November 2024). In December 2016 Mayor Eric Garcetti announced the creation of the L.A. Justice Fund for immigrants facing deportation.$$,
    updated_at = now(), version = version + 1
where slug = 'los-angeles-ca';

-- People ------------------------------------------------------------------------------------------
-- Homan's title as the article gives it; Trump's party is in none of the articles.
update person set current_title = $$former acting director of Immigration and Customs Enforcement (ICE) and Trump’s “border czar”$$,
    updated_at = now(), version = version + 1
where slug = 'tom-homan';
update person set party = null, updated_at = now(), version = version + 1 where slug = 'donald-trump';

-- Statements --------------------------------------------------------------------------------------
update statement set speaker_title = $$former acting director of Immigration and Customs Enforcement (ICE) and Trump’s “border czar”$$,
    updated_at = now(), version = version + 1
where person_id = (select id from person where slug = 'tom-homan');

-- "Republican presidential nominee/candidate" is in neither article: no title at the time.
-- The Operation Aurora line was two fragments of the article's paraphrase joined with " […] ",
-- a mark meant for an attribution interrupting one quote; only the verbatim phrase stays a quote.
update statement set speaker_title = null, updated_at = now(), version = version + 1
where person_id = (select id from person where slug = 'donald-trump');
update statement set quote = $$hunt down, arrest and deport$$,
    context = $$Told supporters that he would deport violent criminals by sending “elite squads” of federal agents to “hunt down, arrest and deport” every single illegal alien; he called the plan “Operation Aurora,” referencing the Denver suburb.$$,
    updated_at = now(), version = version + 1
where quote = $$elite squads […] hunt down, arrest and deport$$;

-- Contexts that said more than the article: when Ramirez-Rosa spoke, and what Johnson answered.
update statement set context = $$Said in a local news report, quoted in a Judicial Watch report on Chicago's $1.3 million legal defense fund for immigrants facing deportation.$$,
    updated_at = now(), version = version + 1
where person_id = (select id from person where slug = 'carlos-ramirez-rosa');
update statement set context = $$Reported beside the promise by Trump and Tom Homan to withhold federal funding if Democrat-run cities don't cooperate.$$,
    updated_at = now(), version = version + 1
where quote like $$Our city’s police department is not going to (double) as ICE agents%$$;

-- Policies -----------------------------------------------------------------------------------------
update policy set summary = $$Donald Trump told supporters that he would deport violent criminals by sending “elite squads” of federal agents to “hunt down, arrest and deport” every single illegal alien. He called the plan “Operation Aurora,” referencing the Denver suburb.$$,
    updated_at = now(), version = version + 1
where title = 'Operation Aurora';

-- The L.A. Justice Fund: Garcetti "announced the creation" of it, officials "unveiled" it; no
-- article says it was adopted, or when. Announced, it puts no provision in force. The other
-- article's comparison is not "later": it is dated only by its year.
update policy set status = 'ANNOUNCED', adopted_on = null, adopted_on_precision = null,
    summary = $$A multi-million dollar fund, announced by Mayor Eric Garcetti, to provide legal assistance to immigrants facing deportation. Another report says officials in Los Angeles unveiled their version with more than seven times the money of Chicago's $1.3 million legal defense fund.$$,
    updated_at = now(), version = version + 1
where title = 'L.A. Justice Fund';

-- Statements: when, who first reported, quote or paraphrase ---------------------------------------
-- None of the articles says when any of its statements was made ("he said", "told Fox News",
-- "after the election"): the date said stays empty and each source's date stands.
update statement set stated_on = null, stated_on_precision = null, updated_at = now(), version = version + 1
where source_id in (select source_id from demo_seed);

-- The outlet that first reported a quote the article took from another.
update statement set reported_by = v.outlet, updated_at = now(), version = version + 1
from (values
    ($$If you’re not going to help us, get the hell out of the way because we’re going to do it$$, 'Fox News'),
    ($$We’re going to do the job […] We’re going to do the job with you or without you.$$, 'Fox News'),
    ($$the instructions of the federal government in cases of mass deportations$$, 'The New York Times'),
    ($$Obviously, it would devastate our economy and our society if someone were to come in and forcibly take our neighbors away from us$$, 'Colorado Public Radio')
) as v (quote, outlet)
where statement.quote = v.quote and statement.source_id in (select source_id from demo_seed);

update statement set context = $$Vowed not to follow them, The New York Times reported.$$
where quote = $$the instructions of the federal government in cases of mass deportations$$
  and source_id in (select source_id from demo_seed);

-- Positions the article reports in its own words: paraphrases, in the article's wording.
insert into statement (person_id, speaker_title, jurisdiction_id, kind, quote, context, stance, source_id)
select p.id, v.speaker_title, j.id, 'PARAPHRASE', v.words, v.context, v.stance, (select source_id from demo_seed where seed = '001')
from (values
    ('eric-adams', 'Mayor', 'new-york-city-ny',
     $$Eric Adams has denounced Trump’s mass deportation plans$$,
     $$For a city that has spent more than $5 billion in housing costs for the more than 200,000 migrants sent there since 2022.$$,
     'SUPPORTS_SANCTUARY'),
    ('brandon-johnson', 'Mayor', 'chicago-il',
     $$Brandon Johnson has characterized Trump as a tyrant and says the city’s police force has enough work to do without assisting in apprehending immigrants convicted of serious crimes$$,
     null, 'SUPPORTS_SANCTUARY'),
    ('tom-homan', $$former acting director of Immigration and Customs Enforcement (ICE) and Trump’s “border czar”$$, 'new-york-city-ny',
     $$Homan has pledged to send more federal agents to apprehend convicted immigrants in New York should city officials refuse to cooperate$$,
     null, 'OPPOSES_SANCTUARY')
) as v (person, speaker_title, jurisdiction, words, context, stance)
join person p on p.slug = v.person
join jurisdiction j on j.slug = v.jurisdiction;

-- The United States' actions are federal actions, not "other instruments".
update policy set instrument = 'FEDERAL_ACTION', updated_at = now(), version = version + 1
where title in ('Withholding federal funds from sanctuary cities', 'Operation Aurora',
                'Senate effort to cut federal funding to sanctuary cities')
  and jurisdiction_id = (select id from jurisdiction where slug = 'united-states');

-- Targets: the jurisdictions an action is aimed at, as the articles name them. Culberson: denying
-- funds "to sanctuary cities such as Los Angeles, Chicago and New York"; Colorado, "which Trump
-- targeted during his presidential campaign"; Abbott's buses to "cities like Chicago" and the
-- migrants "sent by Abbott" to Denver.
insert into policy_target (policy_id, jurisdiction_id)
select p.id, j.id
from (values
    ('Withholding federal funds from sanctuary cities', 'los-angeles-ca'),
    ('Withholding federal funds from sanctuary cities', 'chicago-il'),
    ('Withholding federal funds from sanctuary cities', 'new-york-city-ny'),
    ('Operation Aurora', 'colorado'),
    ('Busing migrants from the southern border to other cities', 'chicago-il'),
    ('Busing migrants from the southern border to other cities', 'denver-co')
) as v (title, target)
join policy p on p.title = v.title
join jurisdiction j on j.slug = v.target
where exists (select 1 from policy_citation c where c.policy_id = p.id and c.source_id in (select source_id from demo_seed));

update policy set updated_at = now(), version = version + 1
where id in (select policy_id from policy_target);

insert into policy_target_aud (rev, revtype, policy_id, jurisdiction_id)
select currval('revision_id_seq'), 0, policy_id, jurisdiction_id from policy_target;

-- Terms of office: each title as the article that reports it gives it, with no dates the
-- articles do not give ("Mayor, Chicago, as reported in November 2016"). The single current
-- title presented Emanuel, Garcetti and de Blasio as serving mayors today; it goes.
insert into person_term (person_id, title, jurisdiction_id, source_id)
select p.id, v.title, j.id, d.source_id
from (values
    ('donald-trump', 'President-elect', 'united-states', '002'),
    ('tom-homan', $$former acting director of Immigration and Customs Enforcement (ICE) and Trump’s “border czar”$$, 'united-states', '001'),
    ('jeff-sessions', 'Senator from Alabama', 'united-states', '002'),
    ('john-culberson', 'Representative from Texas', 'united-states', '000'),
    ('eric-garcetti', 'Mayor', 'los-angeles-ca', '000'),
    ('karen-bass', 'Mayor', 'los-angeles-ca', '001'),
    ('charlie-beck', 'Police Chief', 'los-angeles-ca', '002'),
    ('rahm-emanuel', 'Mayor', 'chicago-il', '002'),
    ('brandon-johnson', 'Mayor', 'chicago-il', '001'),
    ('anthony-napolitano', 'Alderman', 'chicago-il', '001'),
    ('carlos-ramirez-rosa', 'Alderman', 'chicago-il', '003'),
    ('bill-de-blasio', 'Mayor', 'new-york-city-ny', '002'),
    ('eric-adams', 'Mayor', 'new-york-city-ny', '001'),
    ('manuel-castro', 'Commissioner of Migrant Affairs', 'new-york-city-ny', '001'),
    ('jared-polis', 'Governor', 'colorado', '001'),
    ('aurora-city-spokesman', 'City spokesman', 'aurora-co', '001'),
    ('greg-abbott', 'Governor', 'texas', '001'),
    ('muriel-bowser', 'Mayor', 'washington-dc', '002')
) as v (person, title, jurisdiction, seed)
join person p on p.slug = v.person
join jurisdiction j on j.slug = v.jurisdiction
join demo_seed d on d.seed = v.seed;

update person set current_title = null, updated_at = now(), version = version + 1
where id in (select person_id from person_term) and current_title is not null;

-- Each party as the article that gives it: "GOP Rep." Culberson and "GOP Texas Gov." Abbott;
-- "Democratic Gov." Polis and "Democratic Mayor" Adams; Emanuel, de Blasio and Bowser among
-- the "several mayors, all Democrats" of the CBS News article.
update person set party_source_id = d.source_id, updated_at = now(), version = version + 1
from (values ('john-culberson', '000'), ('greg-abbott', '001'), ('jared-polis', '001'), ('eric-adams', '001'),
             ('rahm-emanuel', '002'), ('bill-de-blasio', '002'), ('muriel-bowser', '002')) as v (slug, seed)
join demo_seed d on d.seed = v.seed
where person.slug = v.slug and person.party is not null;

-- Sources: the internal seed-file note leaves the public notes --------------------------------------
update source set notes = nullif(btrim(regexp_replace(notes, '\s*Seed article [0-9a-f_]+\.', '')), ''),
    updated_at = now(), version = version + 1
where id in (select source_id from demo_seed);

-- The revision's audit rows: every row changed above, as it now stands ---------------------------------
insert into source_aud (id, rev, revtype, title, publisher, url, published_on, published_on_precision, accessed_on, archive_url, notes, created_at, updated_at)
select id, currval('revision_id_seq'), 1, title, publisher, url, published_on, published_on_precision, accessed_on, archive_url, notes, created_at, updated_at
from source where updated_at = now();

insert into jurisdiction_aud (id, rev, revtype, kind, name, slug, state_code, parent_id, geoid, ocd_id, population, population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision, created_at, updated_at)
select id, currval('revision_id_seq'), 1, kind, name, slug, state_code, parent_id, geoid, ocd_id, population, population_year, latitude, longitude, summary, status, status_rationale, status_as_of, status_as_of_precision, created_at, updated_at
from jurisdiction where updated_at = now();

insert into person_aud (id, rev, revtype, name, slug, party, current_title, jurisdiction_id, organization, party_source_id, created_at, updated_at)
select id, currval('revision_id_seq'), 1, name, slug, party, current_title, jurisdiction_id, organization, party_source_id, created_at, updated_at
from person where updated_at = now();

insert into person_term_aud (id, rev, revtype, person_id, title, jurisdiction_id, held_from, held_from_precision, held_to, held_to_precision, source_id, created_at, updated_at)
select id, currval('revision_id_seq'), 0, person_id, title, jurisdiction_id, held_from, held_from_precision, held_to, held_to_precision, source_id, created_at, updated_at
from person_term where created_at = now();

insert into policy_aud (id, rev, revtype, jurisdiction_id, instrument, status, title, summary, adopted_on, adopted_on_precision, effective_on, effective_on_precision, ended_on, ended_on_precision, vote, amount_usd, amount_qualifier, carve_outs, created_at, updated_at)
select id, currval('revision_id_seq'), case when created_at = now() then 0 else 1 end, jurisdiction_id, instrument, status, title, summary, adopted_on, adopted_on_precision, effective_on, effective_on_precision, ended_on, ended_on_precision, vote, amount_usd, amount_qualifier, carve_outs, created_at, updated_at
from policy where updated_at = now();

insert into statement_aud (id, rev, revtype, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, kind, quote, context, reported_by, stance, source_id, created_at, updated_at)
select id, currval('revision_id_seq'), case when created_at = now() then 0 else 1 end, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, kind, quote, context, reported_by, stance, source_id, created_at, updated_at
from statement where updated_at = now();
