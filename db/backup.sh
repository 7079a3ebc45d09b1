#!/usr/bin/env bash
# Back up the tracker's database to one file in pg_dump's custom format.
#
#   db/backup.sh [FILE]          default FILE: backups/sanctuary_tracker-YYYYmmdd-HHMMSS.dump
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD), defaulting to
# the app's defaults; PGDATABASE names the database (default: sanctuary_tracker).
set -euo pipefail
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
database="${PGDATABASE:-sanctuary_tracker}"
file="${1:-backups/${database}-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --dbname="$database" --file="$file"
echo "Backed up $database to $file"
