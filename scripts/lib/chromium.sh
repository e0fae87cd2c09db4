# shellcheck shell=bash
# Sourced by the test command. Finds a Chrome or Chromium for pa11y-ci and the browser tests and,
# when none is present, installs Debian's `chromium` (as root, with apt). No test tool may download
# a browser of its own. Exports CHROME_PATH.

find_chrome() {
  local candidate
  for candidate in "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_chromium() {
  local found
  if found="$(find_chrome)"; then
    export CHROME_PATH="$found"
    return
  fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    printf 'test: no Chrome or Chromium found: install the chromium package (or set CHROME_PATH) and run again.\n' >&2
    exit 1
  fi
  echo "test: installing Debian's chromium with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2 ||
    { printf 'test: apt-get install chromium failed (see above): install it yourself and run again.\n' >&2; exit 1; }
  export CHROME_PATH=/usr/bin/chromium
}

ensure_chromium
