#!/usr/bin/env bash
# System packages the test suite needs (Debian): Chromium for the browser tests, PostgreSQL for the
# second database backend, Java 17 for Apache Spark. Installed only when missing; needs root (as on
# CI) or sudo.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)  # PDF export
command -v npm >/dev/null 2>&1 || need+=(npm)  # axe-core for the browser tests
# Java 17 or newer for Apache Spark (the analytics tests)
java -version 2>&1 | grep -Eq 'version "(1[7-9]|[2-9][0-9])' || need+=(openjdk-17-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installerer systempakker: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# axe-core (package-lock.json) for the accessibility checks of tests/browser
if [ ! -f "$(dirname "$0")/../node_modules/axe-core/axe.min.js" ]; then
  (cd "$(dirname "$0")/.." && npm ci --no-audit --no-fund --silent)
fi
