-- A fact that must cite a source cannot be stored without one. Citations are rows in a link
-- table written after the fact itself, so the check waits for the end of the transaction
-- (deferred constraint triggers): at commit every policy, funding exposure, indicator and
-- designation must have at least one citation. Statements carry their source in a NOT NULL column.
create function assert_fact_cited() returns trigger
    language plpgsql as
$$
declare
    fact_table  text := TG_ARGV[0];
    link_table  text := TG_ARGV[1];
    link_column text := TG_ARGV[2];
    fact_id     bigint;
    fact_exists boolean;
    cited       boolean;
begin
    if TG_TABLE_NAME = fact_table then
        fact_id := NEW.id;
    else
        fact_id := (to_jsonb(OLD) ->> link_column)::bigint;
    end if;
    execute format('select exists (select 1 from %I where id = $1)', fact_table) into fact_exists using fact_id;
    if not fact_exists then
        return null; -- the fact itself was deleted with its citations
    end if;
    execute format('select exists (select 1 from %I where %I = $1)', link_table, link_column) into cited using fact_id;
    if not cited then
        raise exception '% % must cite at least one source', fact_table, fact_id
            using errcode = 'check_violation', constraint = fact_table || '_requires_source';
    end if;
    return null;
end
$$;

create constraint trigger policy_requires_source after insert on policy
    deferrable initially deferred for each row execute function assert_fact_cited('policy', 'policy_citation', 'policy_id');
create constraint trigger policy_citation_kept after delete or update on policy_citation
    deferrable initially deferred for each row execute function assert_fact_cited('policy', 'policy_citation', 'policy_id');

create constraint trigger funding_exposure_requires_source after insert on funding_exposure
    deferrable initially deferred for each row execute function assert_fact_cited('funding_exposure', 'funding_exposure_citation', 'funding_exposure_id');
create constraint trigger funding_exposure_citation_kept after delete or update on funding_exposure_citation
    deferrable initially deferred for each row execute function assert_fact_cited('funding_exposure', 'funding_exposure_citation', 'funding_exposure_id');

create constraint trigger indicator_requires_source after insert on indicator
    deferrable initially deferred for each row execute function assert_fact_cited('indicator', 'indicator_citation', 'indicator_id');
create constraint trigger indicator_citation_kept after delete or update on indicator_citation
    deferrable initially deferred for each row execute function assert_fact_cited('indicator', 'indicator_citation', 'indicator_id');

create constraint trigger designation_requires_source after insert on designation
    deferrable initially deferred for each row execute function assert_fact_cited('designation', 'designation_citation', 'designation_id');
create constraint trigger designation_citation_kept after delete or update on designation_citation
    deferrable initially deferred for each row execute function assert_fact_cited('designation', 'designation_citation', 'designation_id');
