-- A statement is a QUOTE (the speaker's words, verbatim) or a PARAPHRASE (a position the
-- source reports in its own words: "Adams has denounced Trump's mass deportation plans").
-- Many articles do not say when something was said: the date is then left empty and the
-- source's date stands. reported_by names the outlet that first reported it when the
-- source quotes another (Fox News, The New York Times).
alter table statement add column kind text not null default 'QUOTE' check (kind in ('QUOTE', 'PARAPHRASE'));
alter table statement alter column stated_on drop not null;
alter table statement alter column stated_on_precision drop not null;
alter table statement add constraint statement_stated_on_pair check ((stated_on is null) = (stated_on_precision is null));
alter table statement add column reported_by text check (btrim(reported_by) <> '');

alter table statement_aud add column kind text;
alter table statement_aud add column reported_by text;
update statement_aud set kind = 'QUOTE';
