-- Indexes whose columns lead a wider index on the same table: every query they served,
-- the wider one serves (a B-tree reads (rev desc, id) forwards or backwards, for equality
-- or a range on rev), while every insert kept both up to date. An import of 25,000 new
-- jurisdictions paid for 13 indexes on jurisdiction and 4 on its audit table.
drop index jurisdiction_status_idx;          -- jurisdiction_status_name_idx (status, name)

drop index source_aud_rev_idx;               -- source_aud_rev_id_idx (rev desc, id)
drop index jurisdiction_aud_rev_idx;         -- jurisdiction_aud_rev_id_idx
drop index person_aud_rev_idx;               -- person_aud_rev_id_idx
drop index policy_aud_rev_idx;               -- policy_aud_rev_id_idx
drop index statement_aud_rev_idx;            -- statement_aud_rev_id_idx
drop index funding_exposure_aud_rev_idx;     -- funding_exposure_aud_rev_id_idx
drop index indicator_aud_rev_idx;            -- indicator_aud_rev_id_idx
drop index designation_aud_rev_idx;          -- designation_aud_rev_id_idx

drop index policy_aud_jurisdiction_id_idx;            -- policy_aud_jurisdiction_rev_id_idx
drop index statement_aud_jurisdiction_id_idx;         -- statement_aud_jurisdiction_rev_id_idx
drop index funding_exposure_aud_jurisdiction_id_idx;  -- funding_exposure_aud_jurisdiction_rev_id_idx
drop index indicator_aud_jurisdiction_id_idx;         -- indicator_aud_jurisdiction_rev_id_idx
drop index designation_aud_jurisdiction_id_idx;       -- designation_aud_jurisdiction_rev_id_idx
drop index person_aud_jurisdiction_id_idx;            -- person_aud_jurisdiction_rev_id_idx
