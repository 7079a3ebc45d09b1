-- A snapshot is named by the instant of its revision, and as_of=that instant must find
-- the same revision for ever after. So revision times must increase with revision
-- numbers, whatever the clock of the app instance that stamped them: a revision stamped
-- at or before the newest one gets the newest one's time plus a microsecond.
--
-- The trigger also takes the revision-order lock (see history/RevisionOrder; the same
-- key, 0x5A4EC7A1), so a revision written by any path, not only through an edit
-- summary, waits for the saves before it to commit. A transaction that holds the lock
-- already takes it again at no cost.
create function revision_follows_the_newest() returns trigger
language plpgsql as $$
declare
    newest timestamptz;
begin
    perform pg_advisory_xact_lock(1515112353);
    select revised_at into newest from revision order by id desc limit 1;
    if newest is not null and new.revised_at <= newest then
        new.revised_at := newest + interval '1 microsecond';
    end if;
    return new;
end
$$;

create trigger revision_follows_the_newest
    before insert on revision
    for each row execute function revision_follows_the_newest();
