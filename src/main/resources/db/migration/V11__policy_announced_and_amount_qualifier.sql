-- A policy can be ANNOUNCED: made public (a mayor "announced the creation" of a fund,
-- officials "unveiled" it) without being enacted, so its provisions are not in force.
alter table policy drop constraint policy_status_check;
alter table policy add constraint policy_status_check
    check (status in ('ANNOUNCED', 'PROPOSED', 'ENACTED', 'REPEALED', 'STRUCK_DOWN', 'EXPIRED', 'FAILED'));

-- An amount keeps its source's hedge ("more than", "about", "nearly"), as figures do. Amounts
-- recorded before this column were typed as the sources gave them, exactly.
alter table policy add column amount_qualifier text
    check (amount_qualifier in ('EXACT', 'APPROXIMATE', 'MORE_THAN', 'NEARLY'));
update policy set amount_qualifier = 'EXACT' where amount_usd is not null;
alter table policy add constraint policy_amount_qualified check ((amount_usd is null) = (amount_qualifier is null));

alter table policy_aud add column amount_qualifier text;
update policy_aud set amount_qualifier = 'EXACT' where amount_usd is not null;
