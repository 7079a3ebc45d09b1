-- An import's uploaded file waits here between its dry run and its commit, in the
-- database rather than in the editor's HTTP session: a session then holds only a token
-- (sessions may be kept in the database, serialized, and every app instance sees the
-- same uploads), and twenty editors' 20 MB files no longer sit in one JVM's heap. The
-- file is kept in chunks of a fixed size, written and read one at a time, so neither
-- side ever holds a whole file in memory.
--
-- The key is a SHA-256 digest of the token the editor's session holds, so the table
-- alone does not let anyone commit an upload. A row past its expiry is refused and
-- deleted by the next dry run of any editor.
create table pending_import (
    upload_key   text        primary key,
    username     text        not null,
    import_table text        not null,
    file_name    text,
    byte_count   bigint      not null check (byte_count >= 0),
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null
);

create index pending_import_expires_at_idx on pending_import (expires_at);
create index pending_import_username_idx on pending_import (username, created_at);

create table pending_import_chunk (
    upload_key text    not null references pending_import on delete cascade,
    seq        integer not null check (seq >= 0),
    bytes      bytea   not null,
    primary key (upload_key, seq)
);
