-- Who last changed an account (its name, role, access or password), so an administrator
-- whose edit went stale is told who saved in between, as the record forms are from the
-- revision history. Accounts have no revision history; failed sign-ins do not count as
-- a change.
alter table account add column updated_by text;
