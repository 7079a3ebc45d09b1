#!/usr/bin/env bash
# Imports at national scale: goals P5, P6 and P9 of issue 8.
#
#   bench/imports.sh [--from DATABASE] [--no-build] [--rows N] [--jurisdictions N] [--dry-runs N] [--only-p5]
#
# --from DATABASE   copy that database (e.g. tracker_national, made by bench/national.sh)
#                   with createdb -T, and measure on the copy; the original is never
#                   written to. Without it, a throwaway database with the demo dataset.
# --rows N          rows of the statements file (P9; default 100000, about 19 MB)
# --jurisdictions N rows of the jurisdictions file (P5; default 25000)
# --dry-runs N      concurrent dry runs (P6; default 20)
# --only-p5         measure P5 alone (a few minutes instead of about fifteen)
#
# Starts the app at -Xmx512m on port 18090 and measures:
#   P5  a 25,000-row jurisdictions import committing while wrk reads with 16 connections
#       and 4 editors save sources in a loop: failed reads and saves, read p99, the
#       commit's time and the longest save;
#   P6  20 concurrent dry runs of the statements file, each from its own session: answers,
#       OutOfMemoryError in the log, the peak heap used (jcmd GC.heap_info, sampled) and
#       the peak resident memory; what the sessions hold (only tokens: the uploads are
#       rows of pending_import);
#   P9  a dry run and a commit of the 100,000-row statements file at -Xmx512m.
# and prints one table: goal, measured, pass. BENCH_JAVA_OPTS adds options to the app's
# JVM (e.g. -XX:StartFlightRecording=filename=/tmp/p5.jfr to profile the commit). Needs PostgreSQL on 127.0.0.1:5432 (trust),
# curl, wrk, python3, jcmd (the JDK's). Stops the app and drops its database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

FROM=
BUILD=true
ROWS=100000
JURISDICTIONS=25000
DRY_RUNS=20
ONLY_P5=false
while [ $# -gt 0 ]; do
  case "$1" in
    --from) FROM=${2:?--from needs a database}; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    --rows) ROWS=$2; shift 2 ;;
    --jurisdictions) JURISDICTIONS=$2; shift 2 ;;
    --dry-runs) DRY_RUNS=$2; shift 2 ;;
    --only-p5) ONLY_P5=true; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
for tool in curl wrk python3 jcmd psql; do
  command -v $tool >/dev/null || { echo "needs $tool (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

PORT=18090
URL=http://127.0.0.1:$PORT
DB=tracker_imports_bench
WORK=$(mktemp -d)
PSQL="psql -X -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
APP_PID=
cleanup() {
  jobs -p | xargs -r kill 2>/dev/null || true
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  $PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { python3 -c "print('%.2f' % ($(now) - $1))"; }

if $BUILD; then
  echo "building the jar..."
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/sanctuary-tracker-*.jar | grep -v original | head -n 1)

$PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null
if [ -n "$FROM" ]; then
  echo "copying $FROM into $DB..."
  createdb -h 127.0.0.1 -U postgres -T "$FROM" "$DB"
  # The copy's editors are the original's, whose passwords this script does not know: with
  # none, the app creates the benchmark's first administrator at start (the revisions
  # keep their usernames as text).
  $PSQL -d $DB -c "delete from account"
else
  createdb -h 127.0.0.1 -U postgres "$DB"
fi

echo "starting the app (-Xmx512m)..."
# A copied database was made without the demo dataset (bench/national.sh), whose
# migrations it therefore lacks.
EDITOR=imports-benchmark DEMO=true
[ -z "$FROM" ] || DEMO=false
TRACKER_DEMO_DATA_ENABLED=$DEMO TRACKER_ADMIN_USERNAME=$EDITOR TRACKER_ADMIN_PASSWORD=bench-password-123 \
  java -Xmx512m -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=/dev/null ${BENCH_JAVA_OPTS:-} -jar "$JAR" \
  --server.port=$PORT --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do curl -sf "$URL/actuator/health" >/dev/null && break; kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
curl -sf "$URL/actuator/health" >/dev/null || { echo "the app did not start:"; grep -E "ERROR|Caused by|Exception" "$WORK/app.log" | head -n 20; exit 1; }

# --- sessions ------------------------------------------------------------------------------
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
login() { # login COOKIEFILE
  local t
  t=$(curl -s -c "$1" -b "$1" "$URL/login" | csrf)
  curl -s -c "$1" -b "$1" -o /dev/null -d "username=$EDITOR&password=bench-password-123&_csrf=$t" "$URL/login"
}
dry_run() { # dry_run COOKIEFILE TABLE FILE OUT -> prints status and seconds
  local t start code
  t=$(curl -s -c "$1" -b "$1" "$URL/import" | csrf)
  start=$(now)
  code=$(curl -s -c "$1" -b "$1" -o "$4" -w '%{http_code}' -F "_csrf=$t" -F "table=$2" \
    -F "file=@$3;type=text/csv" "$URL/import")
  echo "$code $(since "$start")"
}
commit() { # commit COOKIEFILE PREVIEW SUMMARY -> prints status and seconds
  local t token start code
  t=$(csrf < "$2")
  # No token: the dry run offered no commit (it rejected rows); say so, and go on.
  token=$(grep -o 'name="token" value="[^"]*"' "$2" | sed 's/.*value="//;s/"//' || true)
  [ -n "$token" ] || { echo "no-commit-offered 0"; return; }
  start=$(now)
  code=$(curl -s -c "$1" -b "$1" -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$t" \
    --data-urlencode "token=$token" --data-urlencode "editSummary=$3" "$URL/import/commit")
  echo "$code $(since "$start")"
}
heap_used_mb() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | python3 -c "
import re, sys
text = sys.stdin.read()
m = re.search(r'used (\d+)K', text)
print(int(m.group(1)) // 1024 if m else 0)"; }
peak_rss_mb() { awk '/VmHWM/ {print int($2 / 1024)}' /proc/$APP_PID/status; }
sample_heap() { # sample_heap FILE: the peak heap used, every half second, until killed
  local peak=0 used
  while true; do
    used=$(heap_used_mb); [ "$used" -gt "$peak" ] && peak=$used && echo "$peak" > "$1"
    sleep 0.5
  done
}

# --- files --------------------------------------------------------------------------------
# Statements naming existing people, places and sources (whatever the database holds).
$PSQL -d $DB -Atc "select slug from person order by id limit 2000" > "$WORK/people"
$PSQL -d $DB -Atc "select slug from jurisdiction where kind <> 'NATION' order by id limit 2000" > "$WORK/places"
$PSQL -d $DB -Atc "select id from source order by id limit 2000" > "$WORK/sources"
python3 - "$WORK" "$ROWS" "$JURISDICTIONS" <<'PY'
import random, sys
work, rows, places = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(8)
read = lambda name: open(f"{work}/{name}").read().split()
people, jurisdictions, sources = read("people"), read("places"), read("sources")
words = ("sanctuary police detainer federal funding county sheriff council immigration enforcement "
         "ordinance cooperation trust community warrant court grant policy").split()
with open(f"{work}/statements.csv", "w", newline="") as out:
    out.write("person_slug,jurisdiction_slug,stated_on,stated_on_precision,quote,stance,source_id\r\n")
    for i in range(rows):
        quote = f"Benchmark import statement {i}: " + " ".join(random.choice(words) for _ in range(12))
        out.write(f"{random.choice(people)},{random.choice(jurisdictions)},2024-{1 + i % 12:02d}-01,MONTH,"
                  f"\"{quote}\",{random.choice(['SUPPORTS_SANCTUARY', 'OPPOSES_SANCTUARY', 'NEUTRAL', 'MIXED'])},{random.choice(sources)}\r\n")
with open(f"{work}/jurisdictions.csv", "w", newline="") as out:
    out.write("slug,name,kind,state_code,population,population_year,status\r\n")
    for i in range(places):
        out.write(f"bench-import-town-{i}-zz,Bench Import Town {i},CITY,ZZ,{1000 + i},2020,UNASSESSED\r\n")
PY
STATEMENTS_MB=$(python3 -c "import os; print('%.1f' % (os.path.getsize('$WORK/statements.csv') / 1048576))")
echo "files: statements.csv $ROWS rows, $STATEMENTS_MB MB; jurisdictions.csv $JURISDICTIONS rows"

# --- P5: a commit while readers read and editors save ---------------------------------------
# Record pages (a typical city's profile, a person, a source): the list and search
# pages' own speed at national scale is other goals' (P1, P2), not the import's.
READ_SLUG=$($PSQL -d $DB -Atc "select j.slug from jurisdiction j where kind = 'CITY'
  and (select count(*) from statement s where s.jurisdiction_id = j.id) between 5 and 40 order by id limit 1")
# A person's page (there is no page per statement: /statements/{id} is a 404, which
# counted a third of all reads as failures).
READ_PERSON=$($PSQL -d $DB -Atc "select slug from person order by id limit 1")
READ_SOURCE=$($PSQL -d $DB -Atc "select min(id) from source")
cat > "$WORK/reads.lua" <<LUA
local paths = { "/jurisdictions/$READ_SLUG", "/people/$READ_PERSON", "/sources/$READ_SOURCE" }
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
login "$WORK/importer"
read -r code dry_s < <(dry_run "$WORK/importer" jurisdictions "$WORK/jurisdictions.csv" "$WORK/p5-preview.html")
[ "$code" = 200 ] || { echo "P5 dry run answered $code"; exit 1; }
editor_loop() { # editor_loop N: saves a new source again and again until $WORK/stop exists
  local jar="$WORK/editor$1" t start code i=0
  login "$jar"
  while [ ! -e "$WORK/stop" ]; do
    i=$((i + 1))
    t=$(curl -s -m 60 -c "$jar" -b "$jar" "$URL/sources/new" | csrf || true)
    start=$(now)
    code=$(curl -s -m 60 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "_csrf=$t" \
      --data-urlencode "title=Benchmark save $1-$i" --data-urlencode "editSummary=Benchmark editor save" \
      "$URL/sources/new")
    echo "$code $(since "$start")" >> "$WORK/saves"
    sleep 0.2
  done
}
: > "$WORK/saves"
# The same reads without an import, for comparison: the pages' own speed is not the import's.
wrk -t2 -c16 -d20s --latency -s "$WORK/reads.lua" "$URL" > "$WORK/wrk-baseline.txt" 2>&1
EDITORS=()
for n in 1 2 3 4; do editor_loop $n & EDITORS+=($!); done
# And while the editors save, still without an import: every save is a new state of the
# database, so the readers' pages are rendered again after each (system/PublicPageCache).
sleep 2
wrk -t2 -c16 -d20s --latency -s "$WORK/reads.lua" "$URL" > "$WORK/wrk-editors.txt" 2>&1
: > "$WORK/saves"
wrk -t2 -c16 -d600s --latency -s "$WORK/reads.lua" "$URL" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 5
read -r commit_code commit_s < <(commit "$WORK/importer" "$WORK/p5-preview.html" "Benchmark: 25,000 jurisdictions")
sleep 5
touch "$WORK/stop"
kill -INT $WRK_PID 2>/dev/null || true; wait $WRK_PID 2>/dev/null || true
wait "${EDITORS[@]}" || true
rm -f "$WORK/stop"
wrk_failures() { python3 - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
print((int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0))
PY
}
wrk_p99() { awk '$1 == "99%" {print $2}' "$1"; }
seconds() { python3 -c "
import re
m = re.match(r'([0-9.]+)(us|ms|s|m)$', '$1')
print('%.3f' % (float(m.group(1)) * {'us': 1e-6, 'ms': 1e-3, 's': 1, 'm': 60}[m.group(2)]) if m else 999)"; }
read_fail=$(wrk_failures "$WORK/wrk.txt")
reads=$(grep -o '[0-9]* requests in' "$WORK/wrk.txt" | awk '{print $1}')
read_p99=$(wrk_p99 "$WORK/wrk.txt")
read_p99_s=$(seconds "$read_p99")
base_fail=$(wrk_failures "$WORK/wrk-baseline.txt")
base_reads=$(grep -o '[0-9]* requests in' "$WORK/wrk-baseline.txt" | awk '{print $1}')
base_p99=$(wrk_p99 "$WORK/wrk-baseline.txt")
edit_fail=$(wrk_failures "$WORK/wrk-editors.txt")
edit_reads=$(grep -o '[0-9]* requests in' "$WORK/wrk-editors.txt" | awk '{print $1}')
edit_p99=$(wrk_p99 "$WORK/wrk-editors.txt")
saves=$(wc -l < "$WORK/saves")
save_fail=$(awk '$1 != 302' "$WORK/saves" | wc -l)
save_max=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}' "$WORK/saves")
imported=$($PSQL -d $DB -Atc "select count(*) from jurisdiction where slug like 'bench-import-town-%'")
# The same commit with nobody else on the machine, for comparison: what the import costs
# by itself, against what it gets of two processors shared with the readers.
sed 's/bench-import-town-/bench-alone-town-/; s/Bench Import Town/Bench Alone Town/' "$WORK/jurisdictions.csv" \
  > "$WORK/jurisdictions-alone.csv"
read -r code _ < <(dry_run "$WORK/importer" jurisdictions "$WORK/jurisdictions-alone.csv" "$WORK/p5-alone.html")
[ "$code" = 200 ] || { echo "P5 dry run (alone) answered $code"; exit 1; }
read -r alone_code alone_s < <(commit "$WORK/importer" "$WORK/p5-alone.html" "Benchmark: 25,000 jurisdictions alone")

if ! $ONLY_P5; then
# --- P6: concurrent dry runs ----------------------------------------------------------------
: > "$WORK/heap-peak"; echo 0 > "$WORK/heap-peak"
sample_heap "$WORK/heap-peak" &
SAMPLER=$!
for n in $(seq 1 "$DRY_RUNS"); do login "$WORK/dry$n"; done
start=$(now)
DRIES=()
for n in $(seq 1 "$DRY_RUNS"); do
  ( dry_run "$WORK/dry$n" statements "$WORK/statements.csv" "$WORK/dry$n.html" > "$WORK/dry$n.result" ) &
  DRIES+=($!)
done
wait "${DRIES[@]}" || true
dry_all_s=$(since "$start")
kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true
dry_ok=$(cat "$WORK"/dry*.result | awk '$1 == 200' | wc -l)
dry_max=$(cat "$WORK"/dry*.result | awk 'BEGIN {m = 0} $2 > m {m = $2} END {print m}')
heap_peak=$(cat "$WORK/heap-peak")
rss_peak=$(peak_rss_mb)
oom=$(grep -c OutOfMemoryError "$WORK/app.log" || true)
pending=$($PSQL -d $DB -Atc "select count(*) || ' uploads, ' || pg_size_pretty(coalesce(sum(byte_count), 0)) from pending_import")

# --- P9: 100,000 statements -----------------------------------------------------------------
login "$WORK/big"
read -r p9_dry_code p9_dry_s < <(dry_run "$WORK/big" statements "$WORK/statements.csv" "$WORK/p9-preview.html")
created=$(grep -o 'To create: [0-9,]*' "$WORK/p9-preview.html" | grep -o '[0-9,]*$' | tr -d , || echo 0)
read -r p9_commit_code p9_commit_s < <(commit "$WORK/big" "$WORK/p9-preview.html" "Benchmark: 100,000 statements")
stored=$($PSQL -d $DB -Atc "select count(*) from statement where quote like 'Benchmark import statement %'")
oom_after=$(grep -c OutOfMemoryError "$WORK/app.log" || true)
rss_end=$(peak_rss_mb)

fi

# --- the table ------------------------------------------------------------------------------
pass() { python3 -c "import sys; print('yes' if ($1) else 'NO')"; }
echo "database: a copy of ${FROM:-the demo dataset}, after the imports ($($PSQL -d $DB -Atc "select count(*) from jurisdiction") jurisdictions, $($PSQL -d $DB -Atc "select count(*) from statement") statements)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {print int($2 / 1048576)}' /proc/meminfo) GB, $(uname -sr); load $(cut -d' ' -f1-3 /proc/loadavg)"
{
printf '| %-4s | %-58s | %-62s | %-4s |\n' id goal measured pass
printf '|%s|%s|%s|%s|\n' ------ ------------------------------------------------------------ ---------------------------------------------------------------- ------
printf '| %-4s | %-58s | %-62s | %-4s |\n' P5 "commit of $JURISDICTIONS rows <= 10 s" "${commit_s} s (HTTP $commit_code), $imported rows stored" \
  "$(pass "$commit_code == 302 and $commit_s <= 10 and $imported == $JURISDICTIONS")"
printf '| %-4s | %-58s | %-62s | %-4s |\n' "" "(the same commit alone, for comparison)" "${alone_s} s (HTTP $alone_code)" ""
printf '| %-4s | %-58s | %-62s | %-4s |\n' P5 "meanwhile 0 failed reads (wrk -c16), read p99 <= 1 s" "$read_fail failed of $reads, p99 $read_p99" \
  "$(pass "$read_fail == 0 and $read_p99_s <= 1")"
printf '| %-4s | %-58s | %-62s | %-4s |\n' "" "(the same reads without an import, for comparison)" "$base_fail failed of $base_reads, p99 $base_p99" ""
printf '| %-4s | %-58s | %-62s | %-4s |\n' "" "(the same reads while the editors save, no import)" "$edit_fail failed of $edit_reads, p99 $edit_p99" ""
printf '| %-4s | %-58s | %-62s | %-4s |\n' P5 "meanwhile 0 failed saves (4 editors)" "$save_fail failed of $saves, slowest ${save_max} s" \
  "$(pass "$save_fail == 0 and $saves > 0")"
if ! $ONLY_P5; then
printf '| %-4s | %-58s | %-62s | %-4s |\n' P6 "$DRY_RUNS concurrent dry runs of ${STATEMENTS_MB} MB: all answer, no OOM" "$dry_ok of $DRY_RUNS answered 200 in ${dry_all_s} s (slowest ${dry_max} s); $oom OOM" \
  "$(pass "$dry_ok == $DRY_RUNS and $oom == 0")"
printf '| %-4s | %-58s | %-62s | %-4s |\n' P6 "heap <= 512 MB; uploads not in the session" "peak heap used $heap_peak MB, peak RSS $rss_peak MB; pending: $pending" \
  "$(pass "$heap_peak <= 512 and $oom == 0")"
printf '| %-4s | %-58s | %-62s | %-4s |\n' P9 "dry run of $ROWS statements at -Xmx512m" "${p9_dry_s} s (HTTP $p9_dry_code), $created to create" \
  "$(pass "$p9_dry_code == 200 and $created == $ROWS")"
printf '| %-4s | %-58s | %-62s | %-4s |\n' P9 "commit of $ROWS statements at -Xmx512m" "${p9_commit_s} s (HTTP $p9_commit_code), $stored stored; peak RSS $rss_end MB" \
  "$(pass "$p9_commit_code == 302 and $stored == $ROWS and $oom_after == 0")"
fi
} | tee "$WORK/table"
# Non-zero when a goal is missed.
! grep -q '| NO ' "$WORK/table" || { echo "some goals missed"; exit 1; }
