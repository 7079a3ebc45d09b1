-- A federal action (a funding threat, a deportation plan, a Senate effort) is an instrument
-- of its own, not "other": the United States takes it, and its targets are elsewhere.
alter table policy drop constraint policy_instrument_check;
alter table policy add constraint policy_instrument_check
    check (instrument in ('ORDINANCE', 'RESOLUTION', 'STATE_LAW', 'EXECUTIVE_ORDER', 'POLICE_DIRECTIVE', 'BUDGET_MEASURE',
                          'COURT_RULING', 'FEDERAL_ACTION', 'OTHER'));
