#!/usr/bin/env bash
# README command 2: every test (unit, integration against a real Strapi on SQLite and PostgreSQL,
# site builds, pa11y-ci, end-to-end). Installs what it needs by itself. `./scripts/test.sh unit`
# runs only the named stages.
set -euo pipefail
# shellcheck source=lib/toolchain.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
# shellcheck source=lib/chromium.sh
source "$REPO_ROOT/scripts/lib/chromium.sh"
# shellcheck source=lib/postgres.sh
source "$REPO_ROOT/scripts/lib/postgres.sh"
cd "$REPO_ROOT"
# The integration stage (all stages when none is named) needs PostgreSQL.
if [ "$#" -eq 0 ] || [[ " $* " == *" int "* ]]; then
  ensure_postgres
fi
exec pnpm test "$@"
