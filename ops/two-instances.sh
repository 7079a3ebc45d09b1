#!/usr/bin/env bash
# Two app instances on one database behind HAProxy, and what must hold across them.
#
#   ops/two-instances.sh [--no-build]
#
# Builds the jar (unless --no-build and one exists), creates a throwaway database on the
# PostgreSQL at 127.0.0.1:5432 (PGUSER postgres, trust; override with TWO_PG_HOST, TWO_PG_PORT,
# TWO_PG_USER), starts instances "a" and "b" on loopback ports against it and HAProxy in front
# of them (round robin, no stickiness: consecutive requests alternate between the instances;
# every response names the instance that served it in X-Served-By). Then, as an
# administrator and an editor would through the proxy:
#   - sessions: an editor signs in; the session is a row of spring_session; a CSRF token
#     issued by one instance is accepted by the other;
#   - edits land exactly once: edits through the proxy, instance a killed with SIGKILL
#     between opening a form and saving it, more edits: every save answered 302, one
#     revision per save, the record's version advanced by exactly the number of saves,
#     and the editor is never sent to the sign-in page;
#   - a restarted instance a still knows the session; a stale edit opened on one
#     instance, saved after another save on the other, answers 409;
#   - the sign-in throttle counts across instances: five wrong passwords alternating
#     between them lock the account, the right password then answers "locked";
#   - as_of exports fetched directly from each instance are byte-identical (md5);
#   - signing out deletes the session row.
# Prints PASS or FAIL per check and exits 1 if any failed. Stops what it started (by pid)
# and drops the database, whatever happens.
# Needs: java 17, curl, python3, psql, haproxy (Debian: apt-get install -y haproxy).
set -uo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${TWO_PG_HOST:-127.0.0.1}
PG_PORT=${TWO_PG_PORT:-5432}
PG_USER=${TWO_PG_USER:-postgres}
PROXY_PORT=${TWO_PROXY_PORT:-18280}
PORT_A=${TWO_PORT_A:-18281}
PORT_B=${TWO_PORT_B:-18282}
DB=tracker_two_$$
PROXY=http://127.0.0.1:$PROXY_PORT
A=http://127.0.0.1:$PORT_A
B=http://127.0.0.1:$PORT_B
WORK=$(mktemp -d)
PSQL="psql -h $PG_HOST -p $PG_PORT -U $PG_USER -v ON_ERROR_STOP=1 -qAt"
ADMIN=two-admin
ADMIN_PASSWORD="Proxy check $$ for admins only"
EDITOR=two-editor
EDITOR_PASSWORD="Proxy check $$ for the editor"
VICTIM=two-victim
VICTIM_PASSWORD="Proxy check $$ for the victim"
RECORD=chicago-il
FAILED=0
PID_A= PID_B= PID_PROXY=

cleanup() {
  for pid in $PID_A $PID_B $PID_PROXY; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  $PSQL -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT

check() { # check NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" = 0 ]; then echo "PASS  $1${3:+ ($3)}"; else echo "FAIL  $1${3:+ ($3)}"; FAILED=1; fi
}
ok() { "$@" >/dev/null 2>&1; echo $?; }
die() { echo "FAIL  $*"; exit 1; }

for tool in java curl python3 psql haproxy; do
  command -v $tool >/dev/null || die "$tool is missing (haproxy: apt-get install -y haproxy)"
done
for port in $PROXY_PORT $PORT_A $PORT_B; do
  (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && die "port $port is in use (set TWO_PROXY_PORT, TWO_PORT_A, TWO_PORT_B)"
done

JAR=$(ls target/sanctuary-tracker-*.jar 2>/dev/null | grep -v original | head -n 1)
if [ "${1:-}" != "--no-build" ] || [ -z "$JAR" ]; then
  echo "building the jar..."
  ./mvnw -q -B -DskipTests package || die "the build failed"
  JAR=$(ls target/sanctuary-tracker-*.jar | grep -v original | head -n 1)
fi
$PSQL -d postgres -c "create database $DB" >/dev/null || die "cannot create database $DB on $PG_HOST:$PG_PORT"

# --- the instances and the proxy ----------------------------------------------------------
start_instance() { # NAME PORT: starts it in the background, sets PID_<NAME>
  TRACKER_ADMIN_USERNAME=$ADMIN TRACKER_ADMIN_PASSWORD=$ADMIN_PASSWORD \
  TRACKER_DATABASE_MODE=server SPRING_DATASOURCE_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB \
  SPRING_DATASOURCE_USERNAME=$PG_USER SERVER_FORWARD_HEADERS_STRATEGY=native \
  TRACKER_PUBLIC_URL=$PROXY \
    java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$2" --server.address=127.0.0.1 \
    >> "$WORK/$1.log" 2>&1 &
  eval "PID_${1^^}=$!"
}
wait_healthy() { # URL NAME
  for _ in $(seq 1 180); do
    curl -sf "$1/actuator/health" >/dev/null && return 0
    sleep 1
  done
  echo "instance $2 did not start:"; tail -n 30 "$WORK/$2.log"; exit 1
}

# One at a time on the first start, so that the log shows Flyway migrating once; later
# starts find the schema done.
start_instance a "$PORT_A"; wait_healthy "$A" a
start_instance b "$PORT_B"; wait_healthy "$B" b

cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 200
defaults
    mode http
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    # A server that refuses the connection (killed) is retried on the other one: the request
    # never reached the dead one, so nothing is done twice.
    retries 2
    option redispatch 1
frontend tracker
    bind 127.0.0.1:$PROXY_PORT
    # The proxy states the client's address and scheme itself, replacing what a client sent.
    http-request del-header X-Forwarded-For
    http-request set-header X-Forwarded-Proto http
    option forwardfor
    default_backend instances
backend instances
    # Round robin without a stickiness cookie: any request may go to either instance.
    balance roundrobin
    option httpchk GET /actuator/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 1
    http-response set-header X-Served-By %[srv_name]
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PID_PROXY=$!
for _ in $(seq 1 20); do curl -sf "$PROXY/actuator/health" >/dev/null && break; sleep 0.5; done
curl -sf "$PROXY/actuator/health" >/dev/null || { cat "$WORK/haproxy.log"; die "haproxy did not start"; }

# --- HTTP helpers --------------------------------------------------------------------------
# req JAR NAME METHOD URL [curl args...]: body in $WORK/NAME.html, headers in $WORK/NAME.h;
# prints the status code.
req() {
  local jar=$1 name=$2 method=$3 url=$4; shift 4
  curl -s -X "$method" -b "$WORK/$jar.cookies" -c "$WORK/$jar.cookies" -D "$WORK/$name.h" \
    -o "$WORK/$name.html" -w '%{http_code}' "$@" "$url"
}
served_by() { grep -i '^X-Served-By:' "$WORK/$1.h" | tr -d '\r' | awk '{print $2}'; }
location() { grep -i '^Location:' "$WORK/$1.h" | tr -d '\r' | awk '{print $2}'; }
token() { grep -o 'name="_csrf" value="[^"]*"' "$WORK/$1.html" | head -n 1 | sed 's/.*value="//;s/"$//'; }
# form NAME [field=value...]: the page's main POST form as a browser sends it (no button
# pressed), with the given fields replaced, URL-encoded.
form() {
  python3 - "$WORK/$1.html" "${@:2}" <<'PY'
import html.parser, sys, urllib.parse
class Form(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.main = self.inside = self.done = False; self.fields = []; self.select = None; self.text = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'main': self.main = True
        if self.done or not self.main: return
        if tag == 'form' and a.get('method', '').lower() == 'post': self.inside = True
        if not self.inside or 'disabled' in a: return
        name = a.get('name')
        if tag == 'input' and name:
            kind = a.get('type', 'text').lower()
            if kind in ('submit', 'button', 'image', 'reset'): return
            if kind in ('checkbox', 'radio') and 'checked' not in a: return
            self.fields.append([name, a.get('value', 'on' if kind in ('checkbox', 'radio') else '')])
        elif tag == 'select' and name: self.select = [name, None, None]
        elif tag == 'option' and self.select is not None:
            value = a.get('value', '')
            if self.select[2] is None: self.select[2] = value
            if 'selected' in a: self.select[1] = value
        elif tag == 'textarea' and name: self.text = [name, '']
    def handle_data(self, data):
        if self.text is not None: self.text[1] += data
    def handle_endtag(self, tag):
        if tag == 'select' and self.select is not None:
            value = self.select[1] if self.select[1] is not None else self.select[2]
            if value is not None: self.fields.append([self.select[0], value])
            self.select = None
        elif tag == 'textarea' and self.text is not None:
            self.fields.append([self.text[0], self.text[1].removeprefix('\n')]); self.text = None
        elif tag == 'form' and self.inside: self.inside = False; self.done = True
parser = Form(); parser.feed(open(sys.argv[1], encoding='utf-8').read())
fields = parser.fields
for change in sys.argv[2:]:
    key, value = change.split('=', 1)
    fields = [f for f in fields if f[0] != key] + [[key, value]]
print(urllib.parse.urlencode([tuple(field) for field in fields]))
PY
}
sign_in() { # JAR USERNAME PASSWORD: prints "<served-by of GET>/<served-by of POST> <Location>"
  req "$1" "$1-login-page" GET "$PROXY/login" >/dev/null
  req "$1" "$1-login" POST "$PROXY/login" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$(token "$1-login-page")" >/dev/null
  echo "$(served_by "$1-login-page")/$(served_by "$1-login") $(location "$1-login")"
}
sql() { $PSQL -d "$DB" -c "$1"; }

# --- sign-in and CSRF across instances -----------------------------------------------------
read -r pair where <<< "$(sign_in admin "$ADMIN" "$ADMIN_PASSWORD")"
check "the administrator signs in through the proxy" "$([ "$where" = / ]; echo $?)" "Location $where"
check "the sign-in page's CSRF token is accepted by the other instance" \
  "$([ "${pair%/*}" != "${pair#*/}" ]; echo $?)" "page from ${pair%/*}, sign-in posted to ${pair#*/}"
for account in "$EDITOR:$EDITOR_PASSWORD" "$VICTIM:$VICTIM_PASSWORD"; do
  req admin accounts GET "$PROXY/admin/accounts" >/dev/null
  code=$(req admin created POST "$PROXY/admin/accounts" --data-urlencode "username=${account%%:*}" \
    --data-urlencode "displayName=${account%%:*}" --data-urlencode "role=EDITOR" \
    --data-urlencode "password=${account#*:}" --data-urlencode "_csrf=$(token accounts)")
  check "the administrator creates ${account%%:*} (form from $(served_by accounts), saved by $(served_by created))" \
    "$([ "$code" = 302 ]; echo $?)" "HTTP $code"
done

read -r pair where <<< "$(sign_in editor "$EDITOR" "$EDITOR_PASSWORD")"
check "the editor signs in through the proxy" "$([ "$where" = / ]; echo $?)" "served by $pair, Location $where"
rows=$(sql "select count(*) from spring_session where principal_name = '$EDITOR'")
check "the editor's session is a row of spring_session" "$([ "$rows" = 1 ]; echo $?)" "$rows row(s)"

# --- edits, with instance a killed mid-session ---------------------------------------------
version0=$(sql "select version from jurisdiction where slug = '$RECORD'")
revisions0=$(sql "select count(*) from revision where username = '$EDITOR'")
SAVES=0 SAVED=0 SIGNED_OUT=0 SERVERS=""
edit() { # N: opens the form and saves it through the proxy
  local code
  code=$(req editor "form-$1" GET "$PROXY/jurisdictions/$RECORD/edit")
  [ "$code" = 200 ] || SIGNED_OUT=$((SIGNED_OUT + 1))
  [ -n "${KILL_AFTER_OPENING:-}" ] && [ "$1" = "$KILL_AFTER_OPENING" ] && {
    kill -9 "$PID_A"; wait "$PID_A" 2>/dev/null; PID_A=
    echo "      instance a killed (SIGKILL) after it or b served form $1, before the save"
  }
  SAVES=$((SAVES + 1))
  code=$(req editor "save-$1" POST "$PROXY/jurisdictions/$RECORD/edit" \
    --data "$(form "form-$1" "summary=Edit $1 through the proxy" "editSummary=two-instance edit $1" \
      "_csrf=$(token "form-$1")")")
  [ "$code" = 302 ] && [ "$(location "save-$1")" = "/jurisdictions/$RECORD" ] && SAVED=$((SAVED + 1))
  SERVERS="$SERVERS $(served_by "form-$1")/$(served_by "save-$1"):$code"
}
for n in 1 2 3; do edit $n; done
sleep 1.1
AS_OF_MID=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
sleep 1.1
KILL_AFTER_OPENING=4
for n in 4 5 6 7; do edit $n; done
echo "      form/save served by (HTTP status):$SERVERS"
check "both instances served the editor before the kill" \
  "$(echo "$SERVERS" | cut -d' ' -f2-4 | grep -q a && echo "$SERVERS" | cut -d' ' -f2-4 | grep -q b; echo $?)"
check "every save answered 302 to the record, the one after the kill included" \
  "$([ "$SAVED" = "$SAVES" ]; echo $?)" "$SAVED of $SAVES"
check "the editor was never sent to sign in again" "$([ "$SIGNED_OUT" = 0 ]; echo $?)" "$SIGNED_OUT form(s) refused"
revisions=$(sql "select count(*) from revision where username = '$EDITOR'")
distinct=$(sql "select count(distinct summary) from revision where username = '$EDITOR'")
version=$(sql "select version from jurisdiction where slug = '$RECORD'")
check "no lost or doubled write: one revision per save" \
  "$([ $((revisions - revisions0)) = "$SAVES" ] && [ "$distinct" = "$SAVES" ]; echo $?)" \
  "$((revisions - revisions0)) revisions, $distinct distinct summaries, $SAVES saves"
check "the record's version advanced once per save" "$([ $((version - version0)) = "$SAVES" ]; echo $?)" \
  "version $version0 -> $version"
summary=$(sql "select summary from jurisdiction where slug = '$RECORD'")
check "the record holds the last save" "$([ "$summary" = "Edit $SAVES through the proxy" ]; echo $?)" "$summary"

# --- a restarted instance, and a stale edit across instances --------------------------------
start_instance a "$PORT_A"; wait_healthy "$A" a
code=$(req editor restarted GET "$A/jurisdictions/$RECORD/edit")
check "the restarted instance a knows the editor's session" "$([ "$code" = 200 ]; echo $?)" "HTTP $code"
req editor stale-form GET "$A/jurisdictions/$RECORD/edit" >/dev/null
req editor fresh-form GET "$B/jurisdictions/$RECORD/edit" >/dev/null
before=$(sql "select count(*) from revision where username = '$EDITOR'")
fresh=$(req editor fresh-save POST "$B/jurisdictions/$RECORD/edit" \
  --data "$(form fresh-form "summary=Saved first, on b" "editSummary=two-instance fresh" "_csrf=$(token fresh-form)")")
stale=$(req editor stale-save POST "$A/jurisdictions/$RECORD/edit" \
  --data "$(form stale-form "summary=Saved later from a stale form, on a" "editSummary=two-instance stale" \
    "_csrf=$(token stale-form)")")
after=$(sql "select count(*) from revision where username = '$EDITOR'")
summary=$(sql "select summary from jurisdiction where slug = '$RECORD'")
check "a stale edit on one instance after a save on the other answers 409" \
  "$([ "$fresh" = 302 ] && [ "$stale" = 409 ]; echo $?)" "b: HTTP $fresh, then a: HTTP $stale"
check "the conflict wrote nothing: the first save stands" \
  "$([ $((after - before)) = 1 ] && [ "$summary" = "Saved first, on b" ]; echo $?)" "$((after - before)) revision(s)"

# --- the sign-in throttle across instances --------------------------------------------------
# One sign-in page, then one POST per attempt (a failed sign-in keeps the session's CSRF
# token), so that consecutive attempts go to alternate instances.
limit=5
answers="" servers=""
req attacker attacker-page GET "$PROXY/login" >/dev/null
attempt() { # PASSWORD: prints "<served-by> <Location>"
  req attacker attempt POST "$PROXY/login" --data-urlencode "username=$VICTIM" --data-urlencode "password=$1" \
    --data-urlencode "_csrf=$(token attacker-page)" >/dev/null
  echo "$(served_by attempt) $(location attempt)"
}
for n in $(seq 1 $limit); do
  read -r server where <<< "$(attempt "wrong guess number $n")"
  answers="$answers ${where#/login}" servers="$servers $server"
done
read -r server where <<< "$(attempt "$VICTIM_PASSWORD")"
echo "      wrong passwords answered:$answers; served by:$servers"
check "the wrong passwords were checked by both instances" \
  "$(echo "$servers" | grep -q a && echo "$servers" | grep -q b; echo $?)"
check "each of the $limit wrong passwords was answered as wrong" \
  "$([ "$answers" = "$(printf ' ?error%.0s' $(seq 1 $limit))" ]; echo $?)"
check "after $limit wrong passwords spread over two instances the right one answers locked" \
  "$([ "$where" = "/login?locked" ]; echo $?)" "Location $where, served by $server"

# --- as_of exports from both instances ------------------------------------------------------
AS_OF_END=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
sleep 1.1
for moment in "$AS_OF_MID" "$AS_OF_END"; do
  for export in statements jurisdictions policies; do
    ca=$(curl -s -o "$WORK/a.csv" -w '%{http_code}' "$A/export/$export.csv?as_of=$moment")
    cb=$(curl -s -o "$WORK/b.csv" -w '%{http_code}' "$B/export/$export.csv?as_of=$moment")
    ma=$(md5sum < "$WORK/a.csv" | cut -c1-32) mb=$(md5sum < "$WORK/b.csv" | cut -c1-32)
    check "$export.csv as_of $moment is byte-identical from a and b" \
      "$([ "$ca" = 200 ] && [ "$cb" = 200 ] && [ "$ma" = "$mb" ]; echo $?)" \
      "HTTP $ca/$cb, md5 $ma, $(wc -c < "$WORK/a.csv") bytes"
  done
done
curl -s "$A/export/jurisdictions.csv?as_of=$AS_OF_MID" | grep -q "Edit 3 through the proxy"
check "the mid-session as_of shows the record as of then (edit 3)" "$?"

# --- sign-out ---------------------------------------------------------------------------------
req editor home GET "$PROXY/" >/dev/null
code=$(req editor logout POST "$PROXY/logout" --data-urlencode "_csrf=$(token home)")
rows=$(sql "select count(*) from spring_session where principal_name = '$EDITOR'")
check "signing out deletes the session row" "$([ "$code" = 302 ] && [ "$rows" = 0 ]; echo $?)" \
  "HTTP $code, $rows row(s) left"
code=$(req editor after-logout GET "$PROXY/jurisdictions/$RECORD/edit")
check "after signing out neither instance lets the editor in" \
  "$([ "$code" = 302 ] && [ "$(location after-logout)" = /login ]; echo $?)" "HTTP $code $(location after-logout)"

if [ "$FAILED" = 0 ]; then echo "all checks passed"; else echo "some checks FAILED (logs were in $WORK)"; fi
exit $FAILED
