#!/usr/bin/env bash
# README command 2: every test (unit, integration against a real Strapi, site builds, pa11y-ci,
# end-to-end). Installs what it needs by itself.
set -euo pipefail
# shellcheck source=lib/toolchain.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
# shellcheck source=lib/chromium.sh
source "$REPO_ROOT/scripts/lib/chromium.sh"
cd "$REPO_ROOT"
exec pnpm test "$@"
