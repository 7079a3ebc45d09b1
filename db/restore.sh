#!/usr/bin/env bash
# Restore a backup made by db/backup.sh, replacing what the database holds now.
# Stop the app first: it must not write while the restore runs.
#
#   db/restore.sh FILE [--yes]
#
# Connection as for db/backup.sh (an embedded server is started for the restore when the app is
# stopped, see db/connection.sh). The database is created when it does not exist.
set -euo pipefail
file="${1:?usage: db/restore.sh FILE [--yes]}"
[ -f "$file" ] || { echo "No such backup: $file" >&2; exit 2; }
. "$(dirname "$0")/connection.sh"
if [ "${2:-}" != "--yes" ]; then
  read -r -p "Replace the contents of database '$database' on $PGHOST:$PGPORT with $file? [y/N] " answer
  [ "$answer" = "y" ] || { echo "Nothing restored."; exit 1; }
fi
if ! psql --dbname=postgres -Atqc "select 1 from pg_database where datname = '$database'" | grep -q 1; then
  createdb "$database"
fi
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --dbname="$database" "$file"
echo "Restored $file into $database"
