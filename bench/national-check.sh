#!/usr/bin/env bash
# Smoke test of a generated dataset: starts the app against it and fetches a few pages.
#
#   bench/national-check.sh [DATABASE]        default: tracker_national
#
# Prints the HTTP status, time and size of /jurisdictions, a typical city's profile, the
# heavy city's profile, /statements?q=sanctuary and /export/statements.csv?as_of=now, each
# bounded to 300 s, then stops the app. Fails unless every page answers 200.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-tracker_national}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAR=$(ls target/sanctuary-tracker-*.jar | grep -v '\.original$' | head -n 1)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG=$(mktemp)
TRACKER_DEMO_DATA_ENABLED=false TRACKER_DATABASE_CREATE_IF_MISSING=false \
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 > "$LOG" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 240); do
  curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
curl -sf -m 5 "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { tail -n 40 "$LOG"; exit 1; }
TYPICAL=$(psql -X -d "$DB" -Atc "select j.slug from jurisdiction j where j.kind = 'CITY' and j.status <> 'UNASSESSED'
  and j.geoid not like '%000' and (select count(*) from statement s where s.jurisdiction_id = j.id) between 5 and 100
  order by j.id limit 1")
AS_OF=$(date -u +%Y-%m-%dT%H:%M:%SZ)
failed=0
for path in /jurisdictions "/jurisdictions/$TYPICAL" /jurisdictions/chicago-il "/statements?q=sanctuary" \
            "/export/statements.csv?as_of=$AS_OF"; do
  out=$(curl -s -o /dev/null -m 300 -w '%{http_code} %{time_total} %{size_download}' "http://127.0.0.1:$PORT$path" || echo "000 300 0")
  read -r code secs bytes <<< "$out"
  printf '%-60s %s  %7.2f s  %12s bytes\n' "$path" "$code" "$secs" "$bytes"
  [ "$code" = 200 ] || failed=1
done
[ "$failed" = 0 ] || { echo "some pages failed; the app's log:"; grep -E "ERROR|Exception" "$LOG" | head -n 20; exit 1; }
