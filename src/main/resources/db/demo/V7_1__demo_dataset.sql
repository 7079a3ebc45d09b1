-- Demo dataset: the four seed articles, verbatim. Loaded only when tracker.demo-data.enabled is true.
-- Rules: quotes are exact text from the article (" […] " marks where the article's attribution
-- interrupts a quote); a date the article does not give is recorded at the precision it supports;
-- no URL, day or publisher is invented. Each article is one source.

-- Sources -------------------------------------------------------------------------------------
insert into source (title, publisher, published_on, published_on_precision, notes) values
($$[Untitled article: Los Angeles creates the L.A. Justice Fund as sanctuary cities brace for President-elect Trump]$$, null,
 date '2016-12-01', 'MONTH',
 $$Title supplied by the editors; the article names neither its headline nor its publisher. Undated: December 2016 follows from the text, where Trump is President-elect and Mayor Garcetti speaks of "a change in government next month". Seed article 000_5ec421a6bb870673.$$),
($$[Untitled article: Sanctuary-city leaders vow not to aid Trump's mass deportation plans]$$, 'NewsNation',
 date '2024-11-01', 'MONTH',
 $$Title supplied by the editors. Undated: written after the November 2024 election, in the week the Los Angeles City Council approved its sanctuary ordinance (November 2024). Cites The New York Times, Fox News and Colorado Public Radio. Seed article 001_80271dc06f7be8e0.$$),
($$U.S. mayors vow to fight Trump's hardline immigration stance$$, 'CBS News',
 date '2016-11-01', 'MONTH',
 $$Undated: written while Trump was President-elect and Jeff Sessions awaited confirmation as attorney general (nominated November 2016). Seed article 002_4e3979589d8e0dde.$$),
($$[Untitled article: Sanctuary cities offer taxpayer-funded legal defense funds to immigrants facing deportation]$$, null,
 date '2016-01-01', 'YEAR',
 $$Title supplied by the editors; the article does not name its publisher. Its only date line reads "2016-01-01", recorded as the year 2016. Quotes the Judicial Watch "Corruption Chronicles" blog. Seed article 003_3851b98de0e1a26d.$$);

-- Jurisdictions --------------------------------------------------------------------------------
insert into jurisdiction (kind, name, slug, state_code, geoid, ocd_id, latitude, longitude) values
('NATION', 'United States', 'united-states', null, null, 'ocd-division/country:us', null, null);

insert into jurisdiction (kind, name, slug, state_code, parent_id, geoid, ocd_id)
select v.kind, v.name, v.slug, v.state_code, (select id from jurisdiction where slug = 'united-states'), v.geoid, v.ocd_id
from (values
    ('STATE', 'California', 'california', 'CA', '06', 'ocd-division/country:us/state:ca'),
    ('STATE', 'Illinois', 'illinois', 'IL', '17', 'ocd-division/country:us/state:il'),
    ('STATE', 'New York', 'new-york', 'NY', '36', 'ocd-division/country:us/state:ny'),
    ('STATE', 'Colorado', 'colorado', 'CO', '08', 'ocd-division/country:us/state:co'),
    ('STATE', 'Texas', 'texas', 'TX', '48', 'ocd-division/country:us/state:tx'),
    ('FEDERAL_DISTRICT', 'Washington, D.C.', 'washington-dc', 'DC', '11', 'ocd-division/country:us/district:dc')
) as v (kind, name, slug, state_code, geoid, ocd_id);

insert into jurisdiction (kind, name, slug, state_code, parent_id, geoid, ocd_id)
values ('COUNTY', 'Los Angeles County', 'los-angeles-county-ca', 'CA', (select id from jurisdiction where slug = 'california'),
        '06037', 'ocd-division/country:us/state:ca/county:los_angeles');

insert into jurisdiction (kind, name, slug, state_code, parent_id, geoid, ocd_id, latitude, longitude)
select v.kind, v.name, v.slug, v.state_code, (select id from jurisdiction where slug = v.parent), v.geoid, v.ocd_id, v.latitude, v.longitude
from (values
    ('CITY', 'Los Angeles', 'los-angeles-ca', 'CA', 'los-angeles-county-ca', '0644000', 'ocd-division/country:us/state:ca/place:los_angeles', 34.052235, -118.243683),
    ('CITY_COUNTY', 'San Francisco', 'san-francisco-ca', 'CA', 'california', '0667000', 'ocd-division/country:us/state:ca/place:san_francisco', 37.774929, -122.419416),
    ('CITY', 'Chicago', 'chicago-il', 'IL', 'illinois', '1714000', 'ocd-division/country:us/state:il/place:chicago', 41.878114, -87.629798),
    ('CITY', 'New York City', 'new-york-city-ny', 'NY', 'new-york', '3651000', 'ocd-division/country:us/state:ny/place:new_york', 40.712776, -74.005974),
    ('CITY_COUNTY', 'Denver', 'denver-co', 'CO', 'colorado', '0820000', 'ocd-division/country:us/state:co/place:denver', 39.739236, -104.990251),
    ('CITY', 'Aurora', 'aurora-co', 'CO', 'colorado', '0804000', 'ocd-division/country:us/state:co/place:aurora', 39.729432, -104.831920)
) as v (kind, name, slug, state_code, parent, geoid, ocd_id, latitude, longitude);

-- Status assessments: only where the articles support one, with the reason and the month of the evidence.
update jurisdiction j set status = v.status, status_rationale = v.rationale, status_as_of = v.as_of, status_as_of_precision = 'MONTH'
from (values
    ('los-angeles-ca', 'SANCTUARY', date '2024-11-01',
     'The City Council unanimously approved an ordinance that prohibits the use of city resources for federal immigration enforcement (November 2024). The city also set up the L.A. Justice Fund for immigrants facing deportation (December 2016).'),
    ('chicago-il', 'SANCTUARY', date '2024-11-01',
     'Mayors Rahm Emanuel (2016) and Brandon Johnson (2024) have said Chicago remains a sanctuary city and that its police will not act as immigration agents; the City Council approved a $1.3 million legal defense fund for immigrants facing deportation.'),
    ('new-york-city-ny', 'SANCTUARY', date '2024-11-01',
     'Since 2014 the city has declined to honor ICE detention orders, except for people convicted of 170 serious offenses listed in New York law, and the NYPD does not take part in 287(g) agreements.'),
    ('denver-co', 'SANCTUARY', date '2024-11-01',
     'Denver police do not assist with the enforcement of federal immigration policy, as part of city statutes, and do not ask witnesses or victims of crime about their immigration status.'),
    ('aurora-co', 'COOPERATIVE', date '2024-11-01',
     'A city spokesman said Aurora will work with its federal partners and follow federal law and directives as they apply to the community.'),
    ('colorado', 'LIMITED_COOPERATION', date '2024-11-01',
     'Gov. Jared Polis welcomes federal help in arresting immigrants convicted of serious crimes or belonging to gangs, but says the state''s support for Trump''s deportation plans ends there.'),
    ('washington-dc', 'SANCTUARY', date '2016-11-01',
     'Reported among the sanctuary cities that could lose federal funding; Mayor Muriel Bowser said the District could lose 20 percent of its budget.')
) as v (slug, status, as_of, rationale)
where j.slug = v.slug;

insert into jurisdiction_citation (jurisdiction_id, source_id)
select j.id, s.id
from (values
    ('los-angeles-ca', '001'), ('los-angeles-ca', '000'),
    ('chicago-il', '001'), ('chicago-il', '002'), ('chicago-il', '003'),
    ('new-york-city-ny', '001'), ('denver-co', '001'), ('aurora-co', '001'),
    ('colorado', '001'), ('washington-dc', '002')
) as v (slug, seed)
join jurisdiction j on j.slug = v.slug
join source s on s.notes like '%Seed article ' || v.seed || '%';

-- People -----------------------------------------------------------------------------------------
-- current_title is the latest title the sources report; a statement keeps the title at the time.
insert into person (name, slug, party, current_title, jurisdiction_id, organization)
select v.name, v.slug, v.party, v.title, (select id from jurisdiction where slug = v.jurisdiction), v.organization
from (values
    ('Donald Trump', 'donald-trump', 'Republican', 'President-elect', 'united-states', null),
    ('Tom Homan', 'tom-homan', null, 'border czar', 'united-states', null),
    ('Jeff Sessions', 'jeff-sessions', null, 'U.S. Senator from Alabama; attorney general nominee', 'united-states', null),
    ('John Culberson', 'john-culberson', 'Republican', 'U.S. Representative from Texas', 'united-states', null),
    ('Chris Cabrera', 'chris-cabrera', null, null, null, 'National Border Patrol Council'),
    ('Eric Garcetti', 'eric-garcetti', null, 'Mayor', 'los-angeles-ca', null),
    ('Karen Bass', 'karen-bass', null, 'Mayor', 'los-angeles-ca', null),
    ('Charlie Beck', 'charlie-beck', null, 'Police Chief', 'los-angeles-ca', 'Los Angeles Police Department'),
    ('Rahm Emanuel', 'rahm-emanuel', 'Democratic', 'Mayor', 'chicago-il', null),
    ('Brandon Johnson', 'brandon-johnson', null, 'Mayor', 'chicago-il', null),
    ('Anthony Napolitano', 'anthony-napolitano', null, 'Alderman', 'chicago-il', null),
    ('Carlos Ramirez-Rosa', 'carlos-ramirez-rosa', null, 'Alderman', 'chicago-il', null),
    ('Bill de Blasio', 'bill-de-blasio', 'Democratic', 'Mayor', 'new-york-city-ny', null),
    ('Eric Adams', 'eric-adams', 'Democratic', 'Mayor', 'new-york-city-ny', null),
    ('Manuel Castro', 'manuel-castro', null, 'Commissioner of Migrant Affairs', 'new-york-city-ny', null),
    ('Jared Polis', 'jared-polis', 'Democratic', 'Governor', 'colorado', null),
    ('Aurora city spokesman (unnamed)', 'aurora-city-spokesman', null, 'City spokesman', 'aurora-co', 'City of Aurora'),
    ('Greg Abbott', 'greg-abbott', 'Republican', 'Governor', 'texas', null),
    ('Muriel Bowser', 'muriel-bowser', 'Democratic', 'Mayor', 'washington-dc', null)
) as v (name, slug, party, title, jurisdiction, organization);

-- Statements -------------------------------------------------------------------------------------
insert into statement (person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision, quote, context, stance, source_id)
select p.id, v.speaker_title, j.id, v.stated_on, v.precision, v.quote, v.context, v.stance, s.id
from (values
    -- Seed 000 (December 2016)
    ('chris-cabrera', null, 'united-states', date '2016-12-01', 'MONTH', '000',
     $$They’re mobilizing because they don’t know what tomorrow will bring, but know today they can cross$$,
     $$On Central American migrants crossing the southern border, where agents were on pace to apprehend almost 600,000 people.$$, 'NEUTRAL'),
    ('eric-garcetti', 'Mayor', 'los-angeles-ca', date '2016-12-01', 'MONTH', '000',
     $$The reason it was important for us to act is we will have a change in government next month […] We expect there could be actions right away.$$,
     $$Announcing the L.A. Justice Fund, a multi-million dollar fund to provide legal assistance to immigrants facing deportation.$$, 'SUPPORTS_SANCTUARY'),
    ('eric-garcetti', 'Mayor', 'los-angeles-ca', date '2016-12-01', 'MONTH', '000',
     $$good and law-abiding immigrants of Los Angeles$$,
     $$Vowed to fight for them when announcing the fund; asked whether those with a criminal record would be excluded, he said no.$$, 'SUPPORTS_SANCTUARY'),
    -- Seed 001, NewsNation (November 2024)
    ('brandon-johnson', 'Mayor', 'chicago-il', date '2024-11-01', 'MONTH', '001',
     $$We’re not going to bend or break or cower to someone’s threat […] We’re going to stand up and unite around our shared values, and (residents) have my assurance that I’m going to protect the families of this city.$$,
     $$Told reporters after the election, having characterized Trump as a tyrant.$$, 'SUPPORTS_SANCTUARY'),
    ('brandon-johnson', 'Mayor', 'chicago-il', date '2024-11-01', 'MONTH', '001',
     $$Our city’s police department is not going to (double) as ICE agents — we’re just not going to do that […] It’s a dangerous precedent where members of communities begin to feel unsafe with their local police department.$$,
     $$On the threat by Trump and Tom Homan to withhold federal funding from cities that do not cooperate.$$, 'SUPPORTS_SANCTUARY'),
    ('tom-homan', 'border czar', 'chicago-il', date '2024-11-01', 'MONTH', '001',
     $$If you’re not going to help us, get the hell out of the way because we’re going to do it$$,
     $$Told Fox News, in response to Democratic pushback in cities like Chicago.$$, 'OPPOSES_SANCTUARY'),
    ('anthony-napolitano', 'Alderman', 'chicago-il', date '2024-11-01', 'MONTH', '001',
     $$We need those funds like you wouldn’t believe […] The city is in so much disarray … it’s been catastrophic for the city of Chicago, and if you take away those federal funds, it’s only going to get worse for us here.$$,
     $$Told NewsNation; he does not share Mayor Johnson's stand to remain a welcoming city for immigrants.$$, 'OPPOSES_SANCTUARY'),
    ('donald-trump', 'Republican presidential candidate', 'aurora-co', date '2024-01-01', 'YEAR', '001',
     $$elite squads […] hunt down, arrest and deport$$,
     $$Told supporters during his presidential campaign that he would send elite squads of federal agents to deport violent criminals, a plan he called "Operation Aurora" after the Denver suburb.$$, 'OPPOSES_SANCTUARY'),
    ('jared-polis', 'Governor', 'colorado', date '2024-11-01', 'MONTH', '001',
     $$Obviously, it would devastate our economy and our society if someone were to come in and forcibly take our neighbors away from us$$,
     $$Told Colorado Public Radio that he welcomes federal help in arresting immigrants convicted of serious crimes or belonging to gangs, but that the state's support for Trump's plans ends there.$$, 'MIXED'),
    ('aurora-city-spokesman', 'City spokesman', 'aurora-co', date '2024-11-01', 'MONTH', '001',
     $$As we always have, we will work with our federal partners and follow federal law and directives as they apply to our community$$,
     $$Statement provided to NewsNation; the police department says it will remain focused on local law enforcement.$$, 'NEUTRAL'),
    ('manuel-castro', 'Commissioner of Migrant Affairs', 'new-york-city-ny', date '2024-11-01', 'MONTH', '001',
     $$the instructions of the federal government in cases of mass deportations$$,
     $$Vowed not to follow them, as reported by The New York Times.$$, 'SUPPORTS_SANCTUARY'),
    ('tom-homan', 'border czar', 'new-york-city-ny', date '2024-11-01', 'MONTH', '001',
     $$We’re going to do the job […] We’re going to do the job with you or without you.$$,
     $$Told Fox News, pledging to send more federal agents to apprehend convicted immigrants in New York should city officials refuse to cooperate.$$, 'OPPOSES_SANCTUARY'),
    -- Seed 002, CBS News (November 2016)
    ('donald-trump', 'Republican presidential nominee', 'united-states', date '2016-01-01', 'YEAR', '002',
     $$We will cancel all federal funding to sanctuary cities […] We will stop illegal immigration.$$,
     $$During his campaign, promising to go after so-called sanctuary cities.$$, 'OPPOSES_SANCTUARY'),
    ('rahm-emanuel', 'Mayor', 'chicago-il', date '2016-11-01', 'MONTH', '002',
     $$It always will be a sanctuary city$$,
     $$One of several Democratic mayors planning to defy President-elect Trump.$$, 'SUPPORTS_SANCTUARY'),
    ('bill-de-blasio', 'Mayor', 'new-york-city-ny', date '2016-11-01', 'MONTH', '002',
     $$We are not going to sacrifice a half a million people who live amongst us.$$,
     $$One of several Democratic mayors planning to defy President-elect Trump.$$, 'SUPPORTS_SANCTUARY'),
    ('charlie-beck', 'Police Chief', 'los-angeles-ca', date '2016-11-01', 'MONTH', '002',
     $$It is not the primary job of local law enforcement to enforce civil or federal laws. I think it would break down the connections that we have with immigrant communities.$$,
     $$Asked by CBS News why he would not cooperate with efforts to remove people who are in the country illegally; he said officers acting as an immigration force would lose the trust of immigrant communities.$$, 'SUPPORTS_SANCTUARY'),
    ('muriel-bowser', 'Mayor', 'washington-dc', date '2016-11-01', 'MONTH', '002',
     $$His immigration stance could really make his new hometown less safe$$,
     $$Said the District could lose 20 percent of its budget if sanctuary cities lose federal funding.$$, 'SUPPORTS_SANCTUARY'),
    -- Seed 003 (2016)
    ('carlos-ramirez-rosa', 'Alderman', 'chicago-il', date '2016-01-01', 'YEAR', '003',
     $$Donald Trump, we are sending you a message, you will not tear apart our families, we will stay together. We will defend and protect our communities.$$,
     $$In a local news report, after the City Council approved a $1.3 million legal defense fund for immigrants facing deportation.$$, 'SUPPORTS_SANCTUARY')
) as v (person, speaker_title, jurisdiction, stated_on, precision, seed, quote, context, stance)
join person p on p.slug = v.person
join jurisdiction j on j.slug = v.jurisdiction
join source s on s.notes like '%Seed article ' || v.seed || '%';

-- Policies and federal actions -----------------------------------------------------------------
-- The key column only ties provisions and citations below to their policy within this script.
create temporary table demo_policy (key text primary key, policy_id bigint) on commit drop;

with v (key, jurisdiction, instrument, status, title, summary, adopted_on, adopted_precision, vote, amount, carve_outs) as (values
    ('la-justice-fund', 'los-angeles-ca', 'OTHER', 'ENACTED', 'L.A. Justice Fund',
     'A multi-million dollar fund, announced by Mayor Eric Garcetti, to provide legal assistance to immigrants facing deportation. A later report put it at more than seven times the size of Chicago''s $1.3 million fund.',
     date '2016-12-01', 'MONTH', null, null::numeric,
     'None announced: asked whether people with a criminal record would be excluded, Garcetti said no.'),
    ('la-sanctuary-ordinance', 'los-angeles-ca', 'ORDINANCE', 'ENACTED', 'Sanctuary city ordinance',
     'Prohibits the use of city resources for federal immigration enforcement. Mayor Karen Bass expedited it as resistance to the incoming administration''s mass deportation plan.',
     date '2024-11-01', 'MONTH', 'unanimous', null, null),
    ('chicago-defense-fund', 'chicago-il', 'BUDGET_MEASURE', 'ENACTED', 'Legal defense fund for immigrants facing deportation',
     'Approved by the City Council to pay immigration attorneys for immigrants facing deportation; the money comes from Chicago property tax rebate funds.',
     date '2016-01-01', 'YEAR', null, 1300000.00, null),
    ('nyc-detainers', 'new-york-city-ny', 'OTHER', 'ENACTED', 'Declining ICE detention orders',
     'The city declines to honor ICE detention orders that would have its police department hold immigrants charged with crimes until ICE can pick them up. This does not stop ICE from apprehending immigrants in the city.',
     date '2014-01-01', 'YEAR', null, null,
     'Under New York law, people convicted of 170 serious offenses, including murder and rape, are not protected.'),
    ('nyc-no-287g', 'new-york-city-ny', 'OTHER', 'ENACTED', 'NYPD does not participate in 287(g) enforcement',
     'Section 287(g) of the Immigration and Nationality Act lets local police departments deputize officers to assist federal immigration enforcement; the New York Police Department does not participate, The New York Times reported.',
     null, null, null, null, null),
    ('denver-statutes', 'denver-co', 'ORDINANCE', 'ENACTED', 'City statutes limiting police role in immigration enforcement',
     'Under city statutes, Denver police do not assist with the enforcement of federal immigration policy, and they do not ask witnesses or victims of crime about their immigration status.',
     null, null, null, null, null),
    ('texas-busing', 'texas', 'OTHER', 'ENACTED', 'Busing migrants from the southern border to other cities',
     'Gov. Greg Abbott has sent hundreds of thousands of migrants by bus from the southern border to cities including Chicago, Denver and New York, saying he would keep doing so until the White House committed to securing the border.',
     date '2022-01-01', 'YEAR', null, null, null),
    ('federal-funding-cut', 'united-states', 'OTHER', 'PROPOSED', 'Withholding federal funds from sanctuary cities',
     'Donald Trump vowed during his 2016 campaign to cancel all federal funding to sanctuary cities; in 2024 he and Tom Homan promised to withhold federal funding from cities that do not cooperate. Rep. John Culberson of Texas says federal law prohibits local and state law enforcement from refusing to share immigration status information with federal authorities, which he believes lets the administration deny the funds.',
     null, null, null, null, null),
    ('operation-aurora', 'united-states', 'OTHER', 'PROPOSED', 'Operation Aurora',
     'Campaign plan to send "elite squads" of federal agents to "hunt down, arrest and deport" immigrants in the country illegally, starting with violent criminals; named after Aurora, Colorado.',
     null, null, null, null, null),
    ('senate-funding-cut', 'united-states', 'OTHER', 'PROPOSED', 'Senate effort to cut federal funding to sanctuary cities',
     'Sen. Jeff Sessions of Alabama led an effort in the Senate to cut federal funding to sanctuary cities that refuse to arrest immigrants living in the country illegally.',
     null, null, null, null, null)
), inserted as (
    insert into policy (jurisdiction_id, instrument, status, title, summary, adopted_on, adopted_on_precision, vote, amount_usd, carve_outs)
    select j.id, v.instrument, v.status, v.title, v.summary, v.adopted_on, v.adopted_precision, v.vote, v.amount, v.carve_outs
    from v join jurisdiction j on j.slug = v.jurisdiction
    returning id, title, jurisdiction_id
)
insert into demo_policy (key, policy_id)
select v.key, i.id from v join jurisdiction j on j.slug = v.jurisdiction join inserted i on i.title = v.title and i.jurisdiction_id = j.id;

insert into policy_provision (policy_id, provision)
select d.policy_id, v.provision
from (values
    ('la-justice-fund', 'LEGAL_DEFENSE_FUND'),
    ('la-sanctuary-ordinance', 'BARS_LOCAL_RESOURCES'),
    ('chicago-defense-fund', 'LEGAL_DEFENSE_FUND'),
    ('nyc-detainers', 'DECLINES_DETAINERS'),
    ('nyc-no-287g', 'NO_287G_AGREEMENT'),
    ('denver-statutes', 'BARS_LOCAL_RESOURCES'),
    ('denver-statutes', 'NO_STATUS_INQUIRY')
) as v (key, provision)
join demo_policy d on d.key = v.key;

insert into policy_citation (policy_id, source_id)
select d.policy_id, s.id
from (values
    ('la-justice-fund', '000'), ('la-justice-fund', '003'),
    ('la-sanctuary-ordinance', '001'),
    ('chicago-defense-fund', '003'),
    ('nyc-detainers', '001'), ('nyc-no-287g', '001'), ('denver-statutes', '001'), ('texas-busing', '001'),
    ('federal-funding-cut', '000'), ('federal-funding-cut', '001'), ('federal-funding-cut', '002'),
    ('operation-aurora', '001'),
    ('senate-funding-cut', '002')
) as v (key, seed)
join demo_policy d on d.key = v.key
join source s on s.notes like '%Seed article ' || v.seed || '%';

-- Funding exposure ---------------------------------------------------------------------------------
with inserted as (
    insert into funding_exposure (jurisdiction_id, program, share_of_budget_pct, status, notes)
    select id, 'All federal funds', 20.00, 'THREATENED',
           'Mayor Muriel Bowser said the District could lose 20 percent of its budget if federal funding to sanctuary cities is cancelled.'
    from jurisdiction where slug = 'washington-dc'
    returning id
)
insert into funding_exposure_citation (funding_exposure_id, source_id)
select inserted.id, s.id from inserted, source s where s.notes like '%Seed article 002%';

-- Indicators -----------------------------------------------------------------------------------------
create temporary table demo_indicator (jurisdiction text, metric text, value numeric, qualifier text, as_of date, precision text, seed text, notes text) on commit drop;
insert into demo_indicator values
    ('united-states', 'BORDER_APPREHENSIONS', 600000, 'NEARLY', date '2016-01-01', 'YEAR', '000',
     'Agents at the southern border were "on pace to apprehend almost 600,000" people, the highest number in eight years: a projection for the year.'),
    ('united-states', 'JURISDICTIONS_LIMITING_COOPERATION', 300, 'MORE_THAN', date '2016-11-01', 'MONTH', '002',
     'More than 300 U.S. cities and counties limit their cooperation with federal immigration enforcement.'),
    ('california', 'UNDOCUMENTED_POPULATION_ESTIMATE', 1800000, 'APPROXIMATE', date '2024-11-01', 'MONTH', '001',
     'An estimated 1.8 million immigrants in the U.S. illegally live in California, more than in any other state.'),
    ('los-angeles-county-ca', 'UNDOCUMENTED_POPULATION_ESTIMATE', 1000000, 'NEARLY', date '2024-11-01', 'MONTH', '001',
     'Nearly a million immigrants in the U.S. illegally live in Los Angeles County.'),
    ('chicago-il', 'MIGRANT_ARRIVALS', 50000, 'MORE_THAN', date '2024-11-01', 'MONTH', '001',
     'New arrivals sent to Chicago since 2022.'),
    ('denver-co', 'MIGRANT_ARRIVALS', 45000, 'APPROXIMATE', date '2024-11-01', 'MONTH', '001',
     'Migrants sent to Denver by Texas Gov. Greg Abbott since 2022.'),
    ('new-york-city-ny', 'MIGRANT_ARRIVALS', 200000, 'MORE_THAN', date '2024-11-01', 'MONTH', '001',
     'Migrants sent to New York City since 2022.'),
    ('new-york-city-ny', 'MIGRANT_SPENDING_USD', 5000000000, 'MORE_THAN', date '2024-11-01', 'MONTH', '001',
     'Housing costs the city has spent on migrants sent there since 2022.');

with inserted as (
    insert into indicator (jurisdiction_id, metric, value, value_qualifier, as_of, as_of_precision, notes)
    select j.id, d.metric, d.value, d.qualifier, d.as_of, d.precision, d.notes
    from demo_indicator d join jurisdiction j on j.slug = d.jurisdiction
    returning id, jurisdiction_id, metric
)
insert into indicator_citation (indicator_id, source_id)
select i.id, s.id
from inserted i
join jurisdiction j on j.id = i.jurisdiction_id
join demo_indicator d on d.jurisdiction = j.slug and d.metric = i.metric
join source s on s.notes like '%Seed article ' || d.seed || '%';
