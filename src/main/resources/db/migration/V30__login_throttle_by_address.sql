-- Sign-in attempts per client address, in the database so that every app instance
-- counts against the same limit (it was a map in one JVM's memory, never evicted).
-- One row per address with attempts in the current window; a row whose window has
-- ended is deleted by the next attempt that opens a window, so the table holds only
-- the addresses seen within the last lock time.
create table login_address (
    address        text        primary key,
    attempt_count  integer     not null check (attempt_count >= 0),
    window_ends    timestamptz not null
);

create index login_address_window_ends_idx on login_address (window_ends);
