#!/usr/bin/env bash
# `npm test`: every test — unit, property, services, repositories on SQLite and PostgreSQL,
# server routes, CLI and browser journeys — in one Vitest run.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
bash scripts/ensure-system-deps.sh
if [ -n "${TEST_POSTGRES_URL:-}" ]; then
  exec npx vitest run "$@"
fi
exec bash scripts/with-postgres.sh npx vitest run "$@"
