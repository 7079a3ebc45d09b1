-- Run once by the postgres image when docker compose creates the database volume.
-- The application's role then needs no superuser rights for its migrations: the one
-- extension they use (pg_trgm, for name search) is already in place.
\connect sanctuary_tracker
create extension if not exists pg_trgm;
