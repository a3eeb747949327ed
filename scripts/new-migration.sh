#!/usr/bin/env bash
# Database migrations (Alembic) for developers.
#
#   scripts/new-migration.sh "add column x to y"   autogenerate the next revision from the models
#   scripts/new-migration.sh --baseline            regenerate the single baseline revision 0001
#                                                  (only while the schema is not frozen/released)
#   scripts/new-migration.sh --check               exit 1 when the models differ from the newest revision
#
# Revisions land in src/indsigt/migrations/versions/. Read each one before committing:
# autogenerate cannot see renames or data moves. tests/test_migrations.py checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
case "${1:-}" in
  "" | -h | --help)
    sed -n '2,10p' "$0"
    exit 2
    ;;
  --baseline) exec "$PY" -m indsigt.migrations baseline ;;
  --check) exec "$PY" -m indsigt.migrations check ;;
  *) exec "$PY" -m indsigt.migrations new "$1" ;;
esac
