-- Search from every page (/search, the statement search's speaker names, a 404's nearest
-- names): names compared as a reader types them, whatever the accents, case, punctuation
-- or abbreviation of "Saint".
create extension if not exists pg_trgm;

-- A name as search compares it: no accents, lower case, "L.A." as "la", "Washington, D.C."
-- as "washington dc", "Saint"/"St." as "st" (and Sainte, Fort, Mount as Ste, Ft, Mt), one
-- space between words.
--
-- Accents are folded by unaccent where the server has it. unaccent() is only stable (its
-- dictionary could change), so the dictionary is named and this wrapper declared
-- immutable, as a stored column and an index need; they are to be rebuilt if the
-- dictionary ever changes. A server without the unaccent module (PostgreSQL's contrib,
-- which the embedded PostgreSQL and Debian's packages include) gets translate() of the
-- accented Latin letters US place and person names use, rather than no search at all.
do $migration$
declare
    folded text;
begin
    begin
        create extension if not exists unaccent;
    exception when others then
        raise notice 'unaccent is not available (%): search_name() folds accents with translate()', sqlerrm;
    end;
    if exists (select 1 from pg_extension where extname = 'unaccent') then
        folded := $$public.unaccent('public.unaccent'::regdictionary, name)$$;
    else
        folded := $$translate(name, 'ÀÁÂÃÄÅàáâãäåĀāÈÉÊËèéêëĒēÌÍÎÏìíîïĪīÒÓÔÕÖØòóôõöøŌōÙÚÛÜùúûüŪūÑñÇçÝýÿ',
                                    'AAAAAAaaaaaaAaEEEEeeeeEeIIIIiiiiIiOOOOOOooooooOoUUUUuuuuUuNnCcYyy')$$;
    end if;
    execute format($function$
        create function search_name(name text) returns text
            language sql immutable strict parallel safe
        as $body$
        select btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
                   regexp_replace(lower(%s), '[.''’]', '', 'g'),
                   '[^a-z0-9]+', ' ', 'g'),
                   '\msainte\M', 'ste', 'g'),
                   '\msaint\M', 'st', 'g'),
                   '\mfort\M', 'ft', 'g'),
                   '\mmount\M', 'mt', 'g'),
                   ' +', ' ', 'g'))
        $body$$function$, folded);
end
$migration$;

-- Each name as search compares it, kept beside the name (a stored generated column,
-- never written by the app or the audit): the trigram indexes are on it, and checking a
-- match the index found reads it instead of normalising the name again (about 12 µs a
-- row, most of a query's time when a common word matches thousands). Typos ("chicgo",
-- "garceti") are found through word similarity (<%), parts of names through like, the
-- nearest names when nothing matches through similarity. (The older name_trgm indexes
-- serve the editors' pickers, which match name ilike '%…%'.)
alter table jurisdiction add column search_key text generated always as (search_name(name)) stored;
alter table person add column search_key text generated always as (search_name(name)) stored;
create index jurisdiction_search_key_trgm_idx on jurisdiction using gin (search_key gin_trgm_ops);
create index person_search_key_trgm_idx on person using gin (search_key gin_trgm_ops);

-- Policies by the words of their title and summary, sources by their title and
-- publisher: the search page's full-text queries use exactly these expressions.
create index policy_search_text_idx on policy
    using gin (to_tsvector('english'::regconfig, title || ' ' || coalesce(summary, '')));
create index source_search_text_idx on source
    using gin (to_tsvector('english'::regconfig, title || ' ' || coalesce(publisher, '')));

-- Other names readers use for a place: abbreviations a name search cannot guess (two or
-- three letters have no trigrams to compare). Keyed by Census GEOID, which the demo data,
-- the reference data and imports share, so an alias finds the place whichever load
-- created it, and names nothing when the place is absent. Reference data, not edited in
-- the app and not audited.
create table jurisdiction_alias (
    geoid text not null,
    alias text not null,
    primary key (geoid, alias)
);
create index jurisdiction_alias_search_name_idx on jurisdiction_alias (search_name(alias));

insert into jurisdiction_alias (geoid, alias) values
    ('3651000', 'NYC'),
    ('0644000', 'L.A.'),
    ('0644000', 'LA'),
    ('06037', 'L.A. County'),
    ('11', 'DC'),
    ('11', 'D.C.'),
    ('11', 'District of Columbia'),
    ('11', 'Washington DC'),
    ('0667000', 'SF'),
    ('0667000', 'San Fran'),
    ('4260000', 'Philly'),
    ('2255000', 'NOLA'),
    ('72', 'PR');
