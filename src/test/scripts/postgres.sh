#!/usr/bin/env bash
# A real PostgreSQL for the team-library tests, from Debian's packages (postgresql), on 127.0.0.1
# only, in a folder of its own (no system service):
#   src/test/scripts/postgres.sh start DIR   -> writes DIR/env (GALLEY_PG_URL, GALLEY_PG_USER, GALLEY_PG_PASSWORD)
#   src/test/scripts/postgres.sh stop DIR
#   src/test/scripts/postgres.sh kill DIR      (kill -9 on the server, as a crash would)
#   src/test/scripts/postgres.sh restart DIR   (start it again on its port after a kill or a stop)
# A commit is acknowledged only once the server wrote it (synchronous_commit stays on), so a kill
# loses nothing acknowledged; fsync is off (a killed process, not a lost machine, is what is tested).
# PostgreSQL will not run as root: when the tests run as root, the cluster belongs to the postgres
# user Debian's package made, and DIR is handed to it. Port 8493, or the next free one (GALLEY_PG_PORT
# chooses it outright); the port chosen is kept in DIR/port.
set -euo pipefail
cmd=${1:?start or stop}
DIR=$(realpath -m "${2:?folder}")
HOST=127.0.0.1
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
free_port() {
  local p=$1
  while busy "$p"; do
    p=$((p + 1))
    if [ "$p" -gt $(($1 + 200)) ]; then echo "postgres.sh: no free port near $1" >&2; return 1; fi
  done
  echo "$p"
}
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    PORT=${GALLEY_PG_PORT:-$(free_port 8493)}
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    echo galley-test > "$DIR/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR/pwfile"
    as_owner "$BIN/initdb" -D "$DIR/data" -U galley --auth=scram-sha-256 \
      --pwfile="$DIR/pwfile" -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
    rm -f "$DIR/pwfile"
    # another run on this machine may take the port between the check and the bind: then the next one
    for attempt in 1 2 3 4 5; do
      echo "$PORT" > "$DIR/port"
      if as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-h $HOST -p $PORT -k $DIR -c fsync=off" start >/dev/null; then
        break
      fi
      if [ -n "${GALLEY_PG_PORT:-}" ] || [ "$attempt" = 5 ] || ! grep -q "could not bind\|in use" "$DIR/server.log"; then
        echo "postgres.sh: could not start the server (see $DIR/server.log)" >&2
        exit 1
      fi
      PORT=$(free_port $((PORT + 1)))
    done
    PGPASSWORD=galley-test "$BIN/psql" -h "$HOST" -p "$PORT" -U galley -d postgres -qc "CREATE DATABASE galley" \
      >/dev/null
    {
      echo "GALLEY_PG_URL=jdbc:postgresql://$HOST:$PORT/galley"
      echo "GALLEY_PG_USER=galley"
      echo "GALLEY_PG_PASSWORD=galley-test"
    } > "$DIR/env"
    ;;
  kill)
    # the server and every backend at once, as a crash of its machine would leave it
    PID=$(head -1 "$DIR/data/postmaster.pid")
    CHILDREN=$(pgrep -P "$PID" || true)
    kill -9 "$PID" $CHILDREN 2>/dev/null || true
    for p in "$PID" $CHILDREN; do
      while kill -0 "$p" 2>/dev/null; do sleep 0.1; done
    done
    ;;
  restart)
    PORT=$(cat "$DIR/port")
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
      -o "-h $HOST -p $PORT -k $DIR -c fsync=off" start >/dev/null
    ;;
  stop)
    if [ -d "$DIR/data" ]; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  *) echo "postgres.sh: start or stop" >&2; exit 2 ;;
esac
