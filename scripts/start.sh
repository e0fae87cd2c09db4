#!/usr/bin/env bash
# README command 1: the CMS with the five seed offices, every office's site built and served,
# rebuilt when an editor publishes. Ctrl-C stops everything.
set -euo pipefail
# shellcheck source=lib/toolchain.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
cd "$REPO_ROOT"
exec pnpm start "$@"
