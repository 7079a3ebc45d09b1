-- Every audit row says when it stopped being the record's state: revend, the revision of
-- the record's next audit row (null while it is the newest). Reading the record as it
-- stood at revision R is then a filter, "rev <= R and (revend is null or revend > R)",
-- which the planner can push into joins and walk in id order by index, instead of
-- "the newest row at or before R" (distinct on), which it must compute over a whole table
-- before the first row of a page (7 s for the first page of statements at national scale).
--
-- This is Envers' "validity audit strategy" kept by the database rather than by Envers:
-- the end is written by a statement-level trigger for every insert into an audit table,
-- whoever inserts it (Envers, the demo and reference loads, the benchmark generator, the
-- tests' fixtures). Envers' own ValidityAuditStrategy would update the previous row one
-- statement per changed record, and fail a save whose record has no earlier audit row.
--
-- The trigger recomputes the ends of every row of the keys just inserted, so rows inserted
-- in any order, or several revisions of one key in one statement, still get the right end.
do $$
declare
    audit record;
begin
    for audit in
        select * from (values
            ('jurisdiction_aud', 'id'), ('source_aud', 'id'), ('person_aud', 'id'),
            ('person_term_aud', 'id'), ('policy_aud', 'id'), ('statement_aud', 'id'),
            ('funding_exposure_aud', 'id'), ('indicator_aud', 'id'), ('designation_aud', 'id'),
            ('jurisdiction_citation_aud', 'jurisdiction_id, source_id'),
            ('policy_provision_aud', 'policy_id, provision'),
            ('policy_target_aud', 'policy_id, jurisdiction_id'),
            ('policy_citation_aud', 'policy_id, source_id'),
            ('funding_exposure_citation_aud', 'funding_exposure_id, source_id'),
            ('indicator_citation_aud', 'indicator_id, source_id'),
            ('designation_citation_aud', 'designation_id, source_id')
        ) as t (audit_table, record_key)
    loop
        execute format('alter table %I add column revend bigint', audit.audit_table);
        execute format(
            'update %1$I a set revend = n.next_rev
               from (select %2$s, rev, lead(rev) over (partition by %2$s order by rev) as next_rev from %1$I) n
              where (a.%3$s) = (n.%4$s) and a.rev = n.rev and n.next_rev is not null',
            audit.audit_table, audit.record_key,
            replace(audit.record_key, ', ', ', a.'), replace(audit.record_key, ', ', ', n.'));
        execute format(
            'create function %1$s_ends() returns trigger language plpgsql as $f$
             begin
                 update %1$I a set revend = n.next_rev
                   from (select %2$s, rev, lead(rev) over (partition by %2$s order by rev) as next_rev
                           from %1$I where (%2$s) in (select %2$s from inserted)) n
                  where (a.%3$s) = (n.%4$s) and a.rev = n.rev and a.revend is distinct from n.next_rev;
                 return null;
             end
             $f$',
            audit.audit_table, audit.record_key,
            replace(audit.record_key, ', ', ', a.'), replace(audit.record_key, ', ', ', n.'));
        execute format(
            'create trigger %1$s_ends after insert on %1$I referencing new table as inserted
             for each statement execute function %1$s_ends()',
            audit.audit_table);
    end loop;
end
$$;

-- The link tables' primary keys start with rev: these find a link's rows by its key.
create index if not exists jurisdiction_citation_aud_key_rev_idx
    on jurisdiction_citation_aud (jurisdiction_id, source_id, rev desc);
create index if not exists designation_citation_aud_key_rev_idx
    on designation_citation_aud (designation_id, source_id, rev desc);
create index if not exists policy_target_aud_key_rev_idx on policy_target_aud (policy_id, jurisdiction_id, rev desc);

-- Statistics for the new column at once: without them the planner guessed "revend is null or
-- revend > R" kept a few rows in a hundred, and sorted a whole table for a page.
analyze jurisdiction_aud, source_aud, person_aud, person_term_aud, policy_aud, statement_aud,
    funding_exposure_aud, indicator_aud, designation_aud, jurisdiction_citation_aud, policy_provision_aud,
    policy_target_aud, policy_citation_aud, funding_exposure_citation_aud, indicator_citation_aud,
    designation_citation_aud;
