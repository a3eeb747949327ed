#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks. Never for production data.
#
#   scripts/pg-server.sh start DIR   initdb into DIR/data and start; prints the SQLAlchemy URL
#   scripts/pg-server.sh stop DIR    stop the server and delete DIR
#
# The server listens on a free port on 127.0.0.1 and on a unix socket in DIR, runs as an
# unprivileged user (postgres, or a created indsigt-pg user, when called as root), and has
# durability switched off (fsync, synchronous_commit, full_page_writes) because its data is
# thrown away. Set INDSIGT_PG_BIN to choose the binaries (default: newest /usr/lib/postgresql/*/bin).
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir=${INDSIGT_PG_BIN:-}
if [ -z "$bindir" ]; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-server: PostgreSQL not found (run scripts/test-deps.sh)" >&2
  exit 1
fi

runas=()
if [ "$(id -u)" -eq 0 ]; then
  user=postgres
  if ! id "$user" >/dev/null 2>&1; then
    user=indsigt-pg
    id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
  fi
  runas=(runuser -u "$user" --)
fi

case $cmd in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ ${#runas[@]} -gt 0 ]; then
      chown "$user" "$dir"
      chmod 755 "$dir"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${runas[@]}" "$bindir/initdb" -D "$dir/data" -U indsigt -A trust -E UTF8 --locale=C.UTF-8 \
      --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
          -c full_page_writes=off -c max_connections=300 -c shared_buffers=256MB \
          -c max_locks_per_transaction=256 -c max_wal_size=4GB" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    "${runas[@]}" "$bindir/createdb" -h "$dir" -p "$port" -U indsigt indsigt
    echo "$port" >"$dir/port"
    echo "postgresql+psycopg://indsigt@/indsigt?host=$dir&port=$port"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
