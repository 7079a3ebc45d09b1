-- Terms of office keep their version in the history too (see V22): a stale save is
-- merged against the version the editor started from.
alter table person_term_aud add column version bigint;

update person_term_aud set version = 0 where revtype = 0;
update person_term_aud a set version = t.version from person_term t
 where a.id = t.id and a.revtype <> 2
   and a.rev = (select max(b.rev) from person_term_aud b where b.id = a.id);
