#!/usr/bin/env bash
# Runs the whole test suite twice: on SQLite, then on a real, throwaway PostgreSQL server.
#
#   scripts/run-tests.sh [pytest args...]
#
# The PostgreSQL server (scripts/pg-server.sh) is initdb'ed into a temporary directory, listens on
# a free port on 127.0.0.1 and on a unix socket in that directory, runs as an unprivileged user
# (postgres when the script runs as root), and is stopped and removed at the end, whatever happens.
#
# Environment:
#   INDSIGT_TEST_BACKENDS   "sqlite pg" (default), or one of them
#   INDSIGT_TEST_WORKERS    pytest-xdist workers (default 2; 0 = no xdist)
#   INDSIGT_ALLOW_SKIPS=1   do not fail when a test was skipped (default: a skip is a failure)
#   INDSIGT_PG_BIN          directory of initdb/pg_ctl (default: newest /usr/lib/postgresql/*/bin)
#   INDSIGT_TEST_PG         not used from outside: the script sets it for the PostgreSQL run
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
mkdir -p artifacts

BACKENDS=${INDSIGT_TEST_BACKENDS:-sqlite pg}
WORKERS=${INDSIGT_TEST_WORKERS:-2}
XDIST=()
if [ "$WORKERS" != "0" ]; then XDIST=(-n "$WORKERS" --dist worksteal); fi
PYTEST=("$ROOT/.venv/bin/pytest" -q -p no:cacheprovider "${XDIST[@]}")

PGTMP=""
stop_pg() {
  if [ -n "$PGTMP" ] && [ -d "$PGTMP" ]; then
    cp "$PGTMP/server.log" artifacts/postgresql.log 2>/dev/null || true
    bash scripts/pg-server.sh stop "$PGTMP"
  fi
}
trap stop_pg EXIT
trap 'exit 130' INT TERM

start_pg() {
  PGTMP=$(mktemp -d /tmp/indsigt-pg.XXXXXX)
  INDSIGT_TEST_PG=$(bash scripts/pg-server.sh start "$PGTMP") || return 1
  export INDSIGT_TEST_PG
  echo "run-tests: PostgreSQL at $INDSIGT_TEST_PG"
}

# Fails when a run skipped tests (a test that cannot run on a backend is a bug), unless allowed.
check_skips() {
  local xml=$1 label=$2
  [ "${INDSIGT_ALLOW_SKIPS:-0}" = "1" ] && return 0
  "$ROOT/.venv/bin/python" - "$xml" "$label" <<'EOF'
import sys
import xml.etree.ElementTree as ET

path, label = sys.argv[1], sys.argv[2]
try:
    root = ET.parse(path).getroot()
except (OSError, ET.ParseError):
    sys.exit(0)  # pytest did not get far enough to write it; its own status says why
skipped = [
    f"{case.get('classname')}::{case.get('name')}: {s.get('message', '')}"
    for case in root.iter("testcase")
    for s in case.findall("skipped")
    if s.get("type") != "pytest.xfail"  # an expected failure (an open goal) is no skip
]
if skipped:
    print(f"run-tests: {len(skipped)} test(s) skipped on {label} (not allowed):", file=sys.stderr)
    for s in skipped:
        print("  " + s, file=sys.stderr)
    sys.exit(1)
EOF
}

status=0
summary=()
for backend in $BACKENDS; do
  start=$(date +%s)
  case $backend in
    sqlite)
      echo "run-tests: === SQLite ==="
      rc=0
      (unset INDSIGT_TEST_PG; "${PYTEST[@]}" --junitxml=artifacts/junit-sqlite.xml "$@") || rc=$?
      ;;
    pg)
      echo "run-tests: === PostgreSQL ==="
      rc=0
      start_pg || rc=$?
      if [ $rc -eq 0 ]; then
        "${PYTEST[@]}" --junitxml=artifacts/junit-pg.xml "$@" || rc=$?
      fi
      ;;
    *)
      echo "run-tests: unknown backend $backend" >&2
      rc=2
      ;;
  esac
  if [ $rc -eq 0 ]; then
    check_skips "artifacts/junit-$backend.xml" "$backend" || rc=1
  fi
  summary+=("$backend: $([ $rc -eq 0 ] && echo ok || echo "FAILED (status $rc)") in $(($(date +%s) - start))s")
  [ $rc -eq 0 ] || status=1
done
printf 'run-tests: %s\n' "${summary[@]}"
exit $status
