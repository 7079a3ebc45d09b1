#!/usr/bin/env bash
# Back up the tracker's database to one file in pg_dump's custom format.
#
#   db/backup.sh [FILE]          default FILE: backups/sanctuary_tracker-YYYYmmdd-HHMMSS.dump
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD); without PGHOST and
# PGPORT the app's embedded PostgreSQL when it runs, else 127.0.0.1:5432 (see db/connection.sh).
# PGDATABASE names the database (default: sanctuary_tracker). Needs pg_dump 15 or newer for the
# embedded server (PostgreSQL 15).
set -euo pipefail
. "$(dirname "$0")/connection.sh"
file="${1:-backups/${database}-$(date -u +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
pg_dump --format=custom --no-owner --no-privileges --dbname="$database" --file="$file"
echo "Backed up $database to $file"
