-- When a statement stands: the date it was said or, when the source does not say, the
-- source's date, each with its precision. Pages order and filter statements by it; as an
-- expression over two tables it could not be indexed, so every list sorted all the
-- statements it matched (a million on the national dataset) before showing twenty.
-- Triggers keep it right; nothing maps it, so the audit history does not record it (it is
-- derived, not a fact an editor enters).
alter table statement
    add column said_on date,
    add column said_on_precision text;

create function statement_said_on() returns trigger language plpgsql as $$
begin
    if new.stated_on is not null then
        new.said_on := new.stated_on;
        new.said_on_precision := new.stated_on_precision;
    else
        select published_on, published_on_precision into new.said_on, new.said_on_precision
          from source where id = new.source_id;
    end if;
    return new;
end $$;

create trigger statement_said_on before insert or update of stated_on, stated_on_precision, source_id on statement
    for each row execute function statement_said_on();

-- A source's date stands in for the statements that have none of their own.
create function source_dates_statements() returns trigger language plpgsql as $$
begin
    update statement set said_on = new.published_on, said_on_precision = new.published_on_precision
     where source_id = new.id and stated_on is null
       and (said_on, said_on_precision) is distinct from (new.published_on, new.published_on_precision);
    return null;
end $$;

create trigger source_dates_statements after update of published_on, published_on_precision on source
    for each row execute function source_dates_statements();

update statement s
   set said_on = coalesce(s.stated_on, src.published_on),
       said_on_precision = case when s.stated_on is not null then s.stated_on_precision else src.published_on_precision end
  from source src
 where src.id = s.source_id;

-- Newest first, everywhere statements are listed: the search, a jurisdiction's and a
-- person's statements.
create index statement_said_on_idx on statement (said_on desc nulls last, id desc);
create index statement_jurisdiction_said_on_idx on statement (jurisdiction_id, said_on desc nulls last, id desc);
create index statement_person_said_on_idx on statement (person_id, said_on desc nulls last, id desc);
drop index statement_stated_on_idx;
drop index statement_jurisdiction_id_idx;
drop index statement_person_id_idx;
