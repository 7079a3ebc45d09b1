-- The money at risk across jurisdictions (/funding) over a million funding rows: each of
-- its orders is read from an index and stops after a page, instead of sorting every row.
create index funding_exposure_amount_id_idx on funding_exposure (amount_at_risk_usd desc nulls last, id desc);
create index funding_exposure_year_program_id_idx on funding_exposure (fiscal_year desc nulls last, program, id);

-- The "by program" order, and the list of programs (read by skipping from one program to
-- the next: a few hundred probes at most); the program filter, matched whatever its case.
create index funding_exposure_program_year_id_idx on funding_exposure (program, fiscal_year desc nulls last, id);
create index funding_exposure_program_lower_idx on funding_exposure (lower(program));

-- A jurisdiction's rows in the profile's order (FundingExposureRepository.findIdsFor), and
-- the "by jurisdiction" order, which walks jurisdictions by name and reads each one's rows
-- in this order. It leads with jurisdiction_id, so it also serves the foreign key and the
-- single-column index is no longer needed.
create index funding_exposure_jurisdiction_order_idx
    on funding_exposure (jurisdiction_id, fiscal_year desc nulls last, program, id);
drop index funding_exposure_jurisdiction_id_idx;
