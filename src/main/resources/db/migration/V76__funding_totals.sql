-- The money at risk summed by state, program, fiscal year and status, kept by the database
-- as funding rows change, so the totals on /funding read a few thousand groups instead of
-- summing a million rows on every request (EXPLAIN ANALYZE at 1 M rows: 230-980 ms for
-- the sum with its filters, whatever the indexes; from this table a few ms).
--
-- A row records an amount, a share of a budget, or both. A share is a percentage of a
-- budget the row may not state, so it is never added to dollars: amounts are summed, and
-- the rows that record only a share are counted apart.
--
-- Kept by statement triggers reading the changed rows (transition tables), so a load of a
-- million rows adds one grouped upsert, not a million; every path that writes (the forms,
-- the import, the demo data switch, psql) keeps it. A jurisdiction that moves to another
-- state moves its rows' sums too.
create table funding_total (
    state_code      text           not null,  -- '' for a jurisdiction without a state (the United States)
    program         text           not null,
    fiscal_year     integer        not null,  -- 0 for rows that give no fiscal year
    status          text           not null,
    row_count       bigint         not null,
    amount_rows     bigint         not null,  -- rows that record an amount (with or without a share)
    share_only_rows bigint         not null,  -- rows that record a share and no amount
    amount_usd      numeric(20, 2) not null,  -- the sum of the amounts only
    primary key (state_code, program, fiscal_year, status)
);

create index funding_total_program_lower_idx on funding_total (lower(program));

create function funding_total_keep() returns trigger language plpgsql as $$
begin
    -- Grouped and in key order, so that each key is changed once and concurrent writers
    -- take the rows' locks in the same order.
    if tg_op in ('UPDATE', 'DELETE') then
        insert into funding_total as t (state_code, program, fiscal_year, status, row_count, amount_rows,
                                        share_only_rows, amount_usd)
        select coalesce(j.state_code, ''), o.program, coalesce(o.fiscal_year, 0), o.status, -count(*),
               -count(o.amount_at_risk_usd), -(count(*) - count(o.amount_at_risk_usd)),
               -coalesce(sum(o.amount_at_risk_usd), 0)
          from old_rows o join jurisdiction j on j.id = o.jurisdiction_id
         group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (state_code, program, fiscal_year, status) do update
           set row_count = t.row_count + excluded.row_count, amount_rows = t.amount_rows + excluded.amount_rows,
               share_only_rows = t.share_only_rows + excluded.share_only_rows,
               amount_usd = t.amount_usd + excluded.amount_usd;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into funding_total as t (state_code, program, fiscal_year, status, row_count, amount_rows,
                                        share_only_rows, amount_usd)
        select coalesce(j.state_code, ''), n.program, coalesce(n.fiscal_year, 0), n.status, count(*),
               count(n.amount_at_risk_usd), count(*) - count(n.amount_at_risk_usd),
               coalesce(sum(n.amount_at_risk_usd), 0)
          from new_rows n join jurisdiction j on j.id = n.jurisdiction_id
         group by 1, 2, 3, 4 order by 1, 2, 3, 4
        on conflict (state_code, program, fiscal_year, status) do update
           set row_count = t.row_count + excluded.row_count, amount_rows = t.amount_rows + excluded.amount_rows,
               share_only_rows = t.share_only_rows + excluded.share_only_rows,
               amount_usd = t.amount_usd + excluded.amount_usd;
    end if;
    return null;
end $$;

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
create trigger funding_total_insert after insert on funding_exposure
    referencing new table as new_rows for each statement execute function funding_total_keep();
create trigger funding_total_update after update on funding_exposure
    referencing old table as old_rows new table as new_rows for each statement execute function funding_total_keep();
create trigger funding_total_delete after delete on funding_exposure
    referencing old table as old_rows for each statement execute function funding_total_keep();

create function funding_total_clear() returns trigger language plpgsql as $$
begin
    delete from funding_total;
    return null;
end $$;

create trigger funding_total_truncate after truncate on funding_exposure
    for each statement execute function funding_total_clear();

-- A jurisdiction's rows are summed under its state: when the state changes, so do their sums.
create function funding_total_move_state() returns trigger language plpgsql as $$
begin
    insert into funding_total as t (state_code, program, fiscal_year, status, row_count, amount_rows,
                                    share_only_rows, amount_usd)
    select s.state_code, f.program, coalesce(f.fiscal_year, 0), f.status, s.sign * count(*),
           s.sign * count(f.amount_at_risk_usd), s.sign * (count(*) - count(f.amount_at_risk_usd)),
           s.sign * coalesce(sum(f.amount_at_risk_usd), 0)
      from funding_exposure f
     cross join (values (coalesce(old.state_code, ''), -1), (coalesce(new.state_code, ''), 1)) s (state_code, sign)
     where f.jurisdiction_id = new.id
     group by s.state_code, s.sign, f.program, coalesce(f.fiscal_year, 0), f.status
     order by 1, 2, 3, 4
    on conflict (state_code, program, fiscal_year, status) do update
       set row_count = t.row_count + excluded.row_count, amount_rows = t.amount_rows + excluded.amount_rows,
           share_only_rows = t.share_only_rows + excluded.share_only_rows,
           amount_usd = t.amount_usd + excluded.amount_usd;
    return null;
end $$;

create trigger jurisdiction_funding_total after update of state_code on jurisdiction
    for each row when (old.state_code is distinct from new.state_code) execute function funding_total_move_state();

-- The rows already there (the demo dataset, an earlier import).
insert into funding_total (state_code, program, fiscal_year, status, row_count, amount_rows, share_only_rows, amount_usd)
select coalesce(j.state_code, ''), f.program, coalesce(f.fiscal_year, 0), f.status, count(*),
       count(f.amount_at_risk_usd), count(*) - count(f.amount_at_risk_usd), coalesce(sum(f.amount_at_risk_usd), 0)
  from funding_exposure f join jurisdiction j on j.id = f.jurisdiction_id
 group by 1, 2, 3, 4;
