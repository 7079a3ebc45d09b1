#!/usr/bin/env bash
# A synthetic national dataset for the benchmark, written through the app's own schema.
#
#   bench/national.sh [SCALE] [--database NAME [--force-synthetic]] [--no-build]
#
# SCALE 1 (the default) is the national size: 50 states and DC, 3,142 counties, ~19,500
# cities, 60,000 people, 300,000 sources, 120,000 policies, 1,000,000 statements,
# 1,000,000 funding rows, 200,000 figures, 5,000 designations, with their citations and
# their audit rows in one revision. 0.1 is a tenth of everything but the states and
# counties (and the heavy city, Chicago, which keeps its 2,000 statements).
#
# Safety: by default it writes to a new database, tracker_national, and drops that
# database first only when this script created it (it carries a synthetic-benchmark
# comment and a synthetic_benchmark_marker table). Any other database it refuses, unless
# it is named with --database NAME --force-synthetic and holds no data (no sources, people
# or facts; states and counties only, as reference data).
#
# Needs: PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres, trust or
# ~/.pgpass), psql, python3, curl, Java 17. The states and counties are the app's own
# reference data (migration V62); the generator fills them in. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=1
DB=tracker_national
EXPLICIT_DB=false
FORCE=false
BUILD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --database) DB=${2:?--database needs a name}; EXPLICIT_DB=true; shift 2 ;;
    --force-synthetic) FORCE=true; shift ;;
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) SCALE=$1; shift ;;
  esac
done
if ! [[ "$SCALE" =~ ^(0|[1-9][0-9]*)?(\.[0-9]+)?$ ]] || ! python3 -c "import sys; sys.exit(0 if 0.001 <= float('$SCALE') <= 2 else 1)"; then
  echo "SCALE must be a number between 0.001 and 2 (1 = national size), not '$SCALE'" >&2; exit 2
fi
if ! [[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]]; then
  echo "database name must be lower-case letters, digits and underscores: '$DB'" >&2; exit 2
fi

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PSQL="psql -X -v ON_ERROR_STOP=1 -q"
MARK="synthetic-benchmark: created by bench/national.sh"
WORK=$(mktemp -d)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
elapsed() { python3 -c "print('%.1f' % ($(now) - $1))"; }
T0=$(now)

# --- the target database --------------------------------------------------------------------
db_exists() { [ "$($PSQL -d postgres -Atc "select count(*) from pg_database where datname = '$DB'")" = 1 ]; }
db_is_ours() {
  [ "$($PSQL -d postgres -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")" = "$MARK" ] \
    || [ "$($PSQL -d "$DB" -Atc "select to_regclass('public.synthetic_benchmark_marker') is not null")" = t ]
}
# Empty: no tables at all, or the app's schema without data (the reference states and counties
# and their Census source allowed).
db_is_empty() {
  if [ "$($PSQL -d "$DB" -Atc "select to_regclass('public.jurisdiction') is null")" = t ]; then
    [ "$($PSQL -d "$DB" -Atc "select count(*) from pg_tables where schemaname = 'public'")" = 0 ]
    return
  fi
  $PSQL -d "$DB" -At <<'SQL' | grep -qx t
select not exists (select 1 from source s  -- the reference data's own source (V62) is allowed
                    where not exists (select 1 from source_aud a join revision r on r.id = a.rev
                                       where a.id = s.id and r.summary like 'Reference data: %'))
   and not exists (select 1 from person)
   and not exists (select 1 from policy) and not exists (select 1 from statement)
   and not exists (select 1 from funding_exposure) and not exists (select 1 from indicator)
   and not exists (select 1 from designation)
   and not exists (select 1 from jurisdiction where kind not in ('NATION', 'STATE', 'FEDERAL_DISTRICT', 'TERRITORY', 'COUNTY'))
SQL
}
create_db() {
  $PSQL -d postgres -c "create database $DB" -c "comment on database $DB is '$MARK'"
}

if db_exists; then
  if db_is_ours; then
    echo "dropping $DB (created by this script) to generate it afresh"
    $PSQL -d postgres -c "drop database $DB with (force)"
    create_db
  elif [ "$EXPLICIT_DB" = true ] && [ "$FORCE" = true ]; then
    if ! db_is_empty; then
      echo "refusing: database $DB holds data; synthetic rows are never mixed into a real dataset" >&2; exit 1
    fi
    echo "filling the existing, empty database $DB (--force-synthetic)"
  else
    echo "refusing: database $DB exists and was not created by this script." >&2
    echo "Name another one, or, if $DB is an empty database meant for benchmarks: --database $DB --force-synthetic" >&2
    exit 1
  fi
else
  create_db
fi

# --- the schema, by the app's own Flyway migrations -----------------------------------------
JAR=$(ls target/sanctuary-tracker-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ "$BUILD" = true ] && { [ -z "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]; }; then
  T=$(now); echo "building the jar..."
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/sanctuary-tracker-*.jar | grep -v '\.original$' | head -n 1)
  echo "built $JAR in $(elapsed "$T") s"
fi
[ -n "$JAR" ] || { echo "no jar in target/ (run without --no-build)" >&2; exit 1; }

T=$(now)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TRACKER_DEMO_DATA_ENABLED=false TRACKER_DATABASE_CREATE_IF_MISSING=false \
TRACKER_ADMIN_USERNAME=${TRACKER_ADMIN_USERNAME:-bench} TRACKER_ADMIN_PASSWORD=${TRACKER_ADMIN_PASSWORD:-quiet-harbor-lantern-42} \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
if ! curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
  echo "the app did not start against $DB:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
fi
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
MIGRATIONS=$($PSQL -d "$DB" -Atc "select count(*) || ' migrations, latest V' || (array_agg(version order by installed_rank desc))[1] from flyway_schema_history where success and version is not null")
echo "schema: $MIGRATIONS (app started once in $(elapsed "$T") s; editor account: ${TRACKER_ADMIN_USERNAME:-bench})"
db_is_empty || { echo "refusing: $DB has data after the migrations" >&2; exit 1; }
$PSQL -d "$DB" <<SQL
create table if not exists synthetic_benchmark_marker (
    created_at  timestamptz not null default now(),
    scale       numeric     not null,
    revision_id bigint,
    note        text        not null
);
comment on table synthetic_benchmark_marker is '$MARK';
SQL

# --- states and counties ------------------------------------------------------------------
# The reference rows the migrations loaded (V62), as the generator's list of states and counties.
python3 bench/national/geo.py "$WORK" src/main/resources/reference/census-jurisdictions.tsv

# --- the data -----------------------------------------------------------------------------
echo "generating SCALE $SCALE into $DB (one transaction):"
T=$(now)
$PSQL -d "$DB" -v scale="$SCALE" -v geo="$WORK/geo.sql" \
  -v fire_triggers="${BENCH_FIRE_TRIGGERS:-0}" -f bench/national/generate.sql | sed 's/^/  /'
echo "  load committed in $(elapsed "$T") s"
T=$(now)
$PSQL -d "$DB" -c "vacuum (analyze)"
echo "  vacuum analyze: $(elapsed "$T") s"

# --- what is there ------------------------------------------------------------------------
$PSQL -d "$DB" -P footer=off <<'SQL'
select t.relname as "table", to_char(c.n, 'FM999,999,999') as "rows", pg_size_pretty(pg_total_relation_size(t.oid)) as size
  from pg_class t join pg_namespace s on s.oid = t.relnamespace
  cross join lateral (select (xpath('//n/text()', query_to_xml(format('select count(*) as n from public.%I', t.relname), false, false, '')))[1]::text::bigint as n) c
 where s.nspname = 'public' and t.relkind = 'r' and t.relname <> 'flyway_schema_history'
 order by t.relname;
select kind, to_char(count(*), 'FM999,999') as jurisdictions from jurisdiction group by kind order by kind;
select j.slug as heaviest, (select count(*) from statement s where s.jurisdiction_id = j.id) as statements,
       (select count(*) from policy p where p.jurisdiction_id = j.id) as policies,
       (select count(*) from funding_exposure f where f.jurisdiction_id = j.id) as funding
  from jurisdiction j where j.slug in ('chicago-il', 'new-york-city-ny', 'los-angeles-ca', 'united-states', 'california', 'illinois');
select pg_size_pretty(pg_database_size(current_database())) as database_size;
SQL
echo "done in $(elapsed "$T0") s: database $DB (drop it with: psql -c 'drop database $DB')"
