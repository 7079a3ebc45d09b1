#!/usr/bin/env bash
# Benchmark of the researchers' exports and the editors' import, on this machine's PostgreSQL.
#
#   bench/export-import.sh [STATEMENTS] [JURISDICTIONS]     defaults: 200000 statements, 25000 jurisdictions
#
# Builds the jar, starts the app on port 18080 against a throwaway database (tracker_bench)
# with a 256 MB heap, then prints:
#   - the import of a JURISDICTIONS-row jurisdictions.csv: dry run and commit times, rows/s;
#   - the export of STATEMENTS statements (statements.csv and the whole dataset.zip):
#     rows/s, bytes, and the app's resident memory before and after (flat memory: the export
#     streams from a database cursor, so the peak does not grow with the row count).
# Needs: PostgreSQL on 127.0.0.1:5432 (trust), curl, python3. Stops the app and drops the
# database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
STATEMENTS=${1:-200000}
JURISDICTIONS=${2:-25000}
PORT=18080
DB=tracker_bench
URL=http://localhost:$PORT
WORK=$(mktemp -d)
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  $PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the jar..."
./mvnw -q -B -DskipTests package
JAR=$(ls target/sanctuary-tracker-*.jar | grep -v original | head -n 1)
$PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null
TRACKER_ADMIN_USERNAME=bench TRACKER_ADMIN_PASSWORD=quiet-harbor-lantern-42 \
  java -Xmx256m -jar "$JAR" --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 90); do curl -sf "$URL/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$URL/actuator/health" >/dev/null || { echo "the app did not start:"; tail -n 30 "$WORK/app.log"; exit 1; }

rss_kb() { awk '/VmRSS/ {print $2}' /proc/$APP_PID/status; }
peak_kb() { awk '/VmHWM/ {print $2}' /proc/$APP_PID/status; }
now() { date +%s.%N; }

# --- import -------------------------------------------------------------------------------
python3 - "$JURISDICTIONS" > "$WORK/jurisdictions.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("slug,name,kind,state_code,parent_slug,population,population_year,status")
for i in range(n):
    print(f"bench-town-{i}-zz,Bench Town {i},CITY,ZZ,united-states,{1000 + i},2020,UNASSESSED")
PY
JAR_COOKIES="$WORK/cookies"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
T=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/login" | token)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -d "username=bench&password=quiet-harbor-lantern-42&_csrf=$T" "$URL/login"
T=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/import" | token)
start=$(now)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o "$WORK/preview.html" -F "_csrf=$T" -F table=jurisdictions \
  -F "file=@$WORK/jurisdictions.csv;type=text/csv" "$URL/import"
dry=$(echo "$(now) - $start" | bc)
grep -o "To create: [0-9,]*" "$WORK/preview.html" || { echo "dry run failed"; exit 1; }
TOKEN=$(grep -o 'name="token" value="[^"]*"' "$WORK/preview.html" | sed 's/.*value="//;s/"//')
T=$(token < "$WORK/preview.html")
start=$(now)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -w "%{http_code}\n" --data-urlencode "_csrf=$T" \
  --data-urlencode "token=$TOKEN" --data-urlencode "editSummary=Benchmark import" "$URL/import/commit" | grep -q 302 \
  || { echo "commit failed"; exit 1; }
commit=$(echo "$(now) - $start" | bc)
loaded=$($PSQL -d $DB -Atc "select count(*) from jurisdiction where state_code = 'ZZ'")
printf 'import: %d jurisdictions; dry run %.2f s; commit %.2f s (%.0f rows/s); %d rows stored\n' \
  "$JURISDICTIONS" "$dry" "$commit" "$(echo "$JURISDICTIONS / $commit" | bc -l)" "$loaded"

# --- export -------------------------------------------------------------------------------
# Many statements, written straight into the tables and the history (exports read the history).
$PSQL -d $DB <<SQL
insert into revision (revised_at, username, summary) values (now(), 'bench', 'Benchmark statements');
insert into statement (person_id, jurisdiction_id, stated_on, stated_on_precision, quote, context, stance, source_id)
select (select min(id) from person), (select id from jurisdiction where slug = 'chicago-il'),
       date '2020-01-01' + (g % 1500), 'DAY',
       'Benchmark quote number ' || g || ', with a comma and “curly quotes” to escape',
       'Context ' || g, 'NEUTRAL', (select min(id) from source)
from generate_series(1, $STATEMENTS) g;
insert into statement_aud (id, rev, revtype, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision,
                           quote, context, stance, source_id, created_at, updated_at)
select id, currval('revision_id_seq'), 0, person_id, speaker_title, jurisdiction_id, stated_on, stated_on_precision,
       quote, context, stance, source_id, created_at, updated_at
from statement where quote like 'Benchmark quote%';
SQL
before_rss=$(rss_kb); before_peak=$(peak_kb)
start=$(now)
bytes=$(curl -s -o "$WORK/statements.csv" -w "%{size_download}" "$URL/export/statements.csv")
took=$(echo "$(now) - $start" | bc)
rows=$(( $(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline='', encoding='utf-8'))))" "$WORK/statements.csv") - 1 ))
after_peak=$(peak_kb)
printf 'export statements.csv: %d rows, %.1f MB in %.2f s = %.0f rows/s\n' "$rows" "$(echo "$bytes / 1048576" | bc -l)" "$took" "$(echo "$rows / $took" | bc -l)"
start=$(now)
zbytes=$(curl -s -o "$WORK/dataset.zip" -w "%{size_download}" "$URL/export/dataset.zip")
ztook=$(echo "$(now) - $start" | bc)
printf 'export dataset.zip: %.1f MB in %.2f s\n' "$(echo "$zbytes / 1048576" | bc -l)" "$ztook"
final_peak=$(peak_kb)
printf 'memory (java -Xmx256m): resident before exports %d MB; peak before %d MB, after statements.csv %d MB, after dataset.zip %d MB\n' \
  $((before_rss / 1024)) $((before_peak / 1024)) $((after_peak / 1024)) $((final_peak / 1024))
