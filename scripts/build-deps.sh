#!/usr/bin/env bash
# System packages `pip install` needs to build indsigt's dependencies (Debian): PyICU compiles
# against the system ICU (libicu-dev, pkg-config, a C++ compiler). Installed only when missing;
# needs root (as on CI) or sudo.
set -euo pipefail
need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
pkg-config --exists icu-i18n 2>/dev/null || need+=(libicu-dev)
command -v g++ >/dev/null 2>&1 || need+=(g++)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installerer systempakker til at bygge afhængigheder: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
