-- The citation picker suggests the sources an editor used in their latest revisions
-- (SourceSuggestions): an editor's newest revisions first, without sorting all of theirs.
create index revision_username_id_idx on revision (username, id desc);
drop index if exists revision_username_idx;
