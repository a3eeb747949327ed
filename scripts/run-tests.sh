#!/usr/bin/env bash
# Runs the whole test suite: on SQLite, then again on a real PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
.venv/bin/pytest -q -p no:cacheprovider "$@"
