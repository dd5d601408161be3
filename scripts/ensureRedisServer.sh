#!/usr/bin/env bash
# Installs redis-server where it is missing (the rate-limit-redis tests and bench start their own).
# Idempotent: does nothing when redis-server is on PATH. Needs root and Debian's apt (CI's machine).
set -euo pipefail
if command -v redis-server > /dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get > /dev/null 2>&1; then
  echo "redis-server is missing and this machine has no apt-get: install Redis (>= 6) by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends redis-server > /dev/null
# The package starts a system service on 6379 where systemd runs; the tests use their own servers.
redis-server --version
