# Sourced by db/backup.sh and db/restore.sh: which PostgreSQL to talk to, the way the app chooses.
#
# - PGHOST / PGPORT when set, or TRACKER_DATABASE_MODE=server: that server (default 127.0.0.1:5432).
# - Otherwise the app's embedded PostgreSQL when its data folder exists (TRACKER_EMBEDDED_DATA_DIR,
#   default data/postgres, relative to the current folder as for the app) and its server runs, or
#   TRACKER_DATABASE_MODE is embedded, or nothing answers at 127.0.0.1:5432. A running server is used (PostgreSQL
#   writes the port into postmaster.pid in the data folder); if not, the server is started for the
#   script's duration from the binaries the app unpacked (in the system's temporary folder,
#   embedded-pg/) and stopped at the end. Do not start the app meanwhile.
# PGUSER defaults to postgres, PGDATABASE to sanctuary_tracker.
data_dir="${TRACKER_EMBEDDED_DATA_DIR:-data/postgres}"
mode="${TRACKER_DATABASE_MODE:-auto}"
server_answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
pid_file="$data_dir/postmaster.pid"
embedded_runs() {
  [ -f "$pid_file" ] && kill -0 "$(sed -n 1p "$pid_file")" 2>/dev/null \
    && [ "$(sed -n 8p "$pid_file" | tr -d ' ')" = "ready" ]
}
if [ -z "${PGHOST:-}" ] && [ -z "${PGPORT:-}" ] && [ "$mode" != "server" ] && [ -f "$data_dir/PG_VERSION" ] \
    && { embedded_runs || [ "$mode" = "embedded" ] || ! server_answers; }; then
  if embedded_runs; then
    PGPORT="$(sed -n 4p "$pid_file")"
    echo "Using the app's embedded PostgreSQL on 127.0.0.1:$PGPORT (data in $data_dir)" >&2
  else
    major="$(cat "$data_dir/PG_VERSION")"
    pg_ctl=""
    # Java's temporary folder: /tmp on Linux, $TMPDIR on macOS.
    for candidate in /tmp/embedded-pg/PG-*/bin/pg_ctl "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin/pg_ctl; do
      if [ -x "$candidate" ] && "$(dirname "$candidate")/postgres" --version | grep -q " $major\."; then
        pg_ctl="$candidate"
      fi
    done
    [ -n "$pg_ctl" ] || { echo "No PostgreSQL $major binaries in /tmp/embedded-pg or \$TMPDIR/embedded-pg: start the app once (TRACKER_DATABASE_MODE=embedded) to unpack them." >&2; exit 2; }
    PGPORT=54329
    while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
    # PostgreSQL refuses to run as root; zonky, which the app uses, runs it in a user namespace too.
    as_user=""
    [ "$(id -u)" = 0 ] && as_user="unshare -U"
    $as_user "$pg_ctl" -D "$data_dir" -l "$data_dir.log" -w -s \
      -o "-p $PGPORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start
    trap '$as_user "$pg_ctl" -D "$data_dir" -m fast -w -s stop' EXIT
    echo "Started the embedded PostgreSQL on 127.0.0.1:$PGPORT (data in $data_dir) until this script ends" >&2
  fi
  PGHOST=127.0.0.1
elif [ -z "${PGHOST:-}" ] && [ -z "${PGPORT:-}" ] && [ -f "$data_dir/PG_VERSION" ]; then
  echo "Using the server at 127.0.0.1:5432, not the embedded data in $data_dir (TRACKER_DATABASE_MODE=embedded uses that)" >&2
fi
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
database="${PGDATABASE:-sanctuary_tracker}"
