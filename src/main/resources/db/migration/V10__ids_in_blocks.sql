-- The application draws ids in blocks of 50 from each table's sequence (Hibernate's
-- pooled-lo optimizer), so it can batch inserts: a 25,000-row import is one round trip per
-- batch instead of per row. Identity columns hide their sequences from the schema
-- validator, so each table gets a plain sequence of the same name instead. Rows inserted
-- by SQL without an id still get one from the sequence, never inside a block the
-- application holds: a block starts at a value the sequence handed out.

alter table source alter column id drop identity;
create sequence source_id_seq increment by 50 owned by source.id;
select setval('source_id_seq', coalesce((select max(id) from source), 0) + 1, false);
alter table source alter column id set default nextval('source_id_seq');

alter table jurisdiction alter column id drop identity;
create sequence jurisdiction_id_seq increment by 50 owned by jurisdiction.id;
select setval('jurisdiction_id_seq', coalesce((select max(id) from jurisdiction), 0) + 1, false);
alter table jurisdiction alter column id set default nextval('jurisdiction_id_seq');

alter table person alter column id drop identity;
create sequence person_id_seq increment by 50 owned by person.id;
select setval('person_id_seq', coalesce((select max(id) from person), 0) + 1, false);
alter table person alter column id set default nextval('person_id_seq');

alter table policy alter column id drop identity;
create sequence policy_id_seq increment by 50 owned by policy.id;
select setval('policy_id_seq', coalesce((select max(id) from policy), 0) + 1, false);
alter table policy alter column id set default nextval('policy_id_seq');

alter table statement alter column id drop identity;
create sequence statement_id_seq increment by 50 owned by statement.id;
select setval('statement_id_seq', coalesce((select max(id) from statement), 0) + 1, false);
alter table statement alter column id set default nextval('statement_id_seq');

alter table funding_exposure alter column id drop identity;
create sequence funding_exposure_id_seq increment by 50 owned by funding_exposure.id;
select setval('funding_exposure_id_seq', coalesce((select max(id) from funding_exposure), 0) + 1, false);
alter table funding_exposure alter column id set default nextval('funding_exposure_id_seq');

alter table indicator alter column id drop identity;
create sequence indicator_id_seq increment by 50 owned by indicator.id;
select setval('indicator_id_seq', coalesce((select max(id) from indicator), 0) + 1, false);
alter table indicator alter column id set default nextval('indicator_id_seq');

alter table designation alter column id drop identity;
create sequence designation_id_seq increment by 50 owned by designation.id;
select setval('designation_id_seq', coalesce((select max(id) from designation), 0) + 1, false);
alter table designation alter column id set default nextval('designation_id_seq');

alter table account alter column id drop identity;
create sequence account_id_seq increment by 50 owned by account.id;
select setval('account_id_seq', coalesce((select max(id) from account), 0) + 1, false);
alter table account alter column id set default nextval('account_id_seq');
