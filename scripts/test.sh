#!/usr/bin/env bash
# Runs the whole test suite: core golden-value tests, command line, node tests, packaging checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mvn -B verify "$@"
