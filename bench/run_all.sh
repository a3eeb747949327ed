#!/usr/bin/env bash
# Every benchmark of indsigt with its default (issue-sized) parameters; figures go to bench/out/
# and artifacts/. `make bench` runs this after installing the bench extras (Presidio).
# Sizes can be lowered for a quick look: QUICK=1 bash bench/run_all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
mkdir -p bench/out artifacts
if [ "${QUICK:-0}" = "1" ]; then
  $PY bench/names_bench.py --people 500 --mb 0.5
  $PY bench/journal_bench.py --staff 2000 --notes 200 --runs 5
  $PY bench/import_bench.py --entries 20000 --backends sqlite --baseline none
  $PY bench/accesslog_eval.py --quick
  $PY bench/web_bench.py --entries 5000 --notes 200 --repeat 3
  $PY bench/api_bench.py --entries 100000 --heavy 5000 --repeat 5 --typical 50
  $PY bench/pregnancy_bench.py --others 50 --runs 10
  exit 0
fi
$PY bench/names_bench.py --people 500 5000 --mb 2
$PY bench/journal_bench.py
$PY bench/import_bench.py --entries 100000
$PY bench/accesslog_eval.py
$PY bench/accesslog_bench.py --db "sqlite:///$(mktemp -d)/accesslog.db" --bulk --json bench/out/accesslog.json
$PY bench/api_bench.py --entries 1000000
$PY bench/web_bench.py
$PY bench/pregnancy_bench.py
