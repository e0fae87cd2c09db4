# shellcheck shell=bash
# Sourced by the test command when the integration tests run: they run the CMS on PostgreSQL as
# well as on SQLite, so they need a PostgreSQL server at PGHOST:PGPORT (127.0.0.1:5432). When
# none answers, a Debian cluster that is installed but stopped is started, or (as root, with apt)
# Debian's `postgresql` is installed and its `postgres` user given the password the tests use
# (PGPASSWORD, default "postgres"). When neither is possible the run stops here and says what to
# do, instead of the tests finding out later.

postgres_fail() {
  printf 'test: %s\n' "$1" >&2
  exit 1
}

postgres_answers() {
  (exec 3<>"/dev/tcp/${PGHOST:-127.0.0.1}/${PGPORT:-5432}") 2>/dev/null
}

# Waits up to 30 s for a server that was just started to accept connections.
postgres_wait() {
  for _ in $(seq 1 30); do
    postgres_answers && return 0
    sleep 1
  done
  return 1
}

# Starts every Debian cluster that is not running (needs root or the postgres user); fails when
# there is none to start or it does not come up.
postgres_start_clusters() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local version name status started=0
  while read -r version name _port status _rest; do
    [ "$status" = online ] && continue
    echo "test: starting PostgreSQL cluster $version/$name" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start >&2 || return 1
    started=1
  done < <(pg_lsclusters --no-header 2>/dev/null)
  [ "$started" = 1 ] && postgres_wait
}

postgres_install() {
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 || return 1
  echo "test: installing Debian's postgresql with apt-get" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 ||
    postgres_fail "apt-get install postgresql failed (see above): install it yourself and run again."
  postgres_start_clusters || postgres_wait ||
    postgres_fail "PostgreSQL was installed but does not start (see above)."
  runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD '${PGPASSWORD:-postgres}'" >&2 ||
    postgres_fail "could not set the password of the postgres user (see above)."
}

ensure_postgres() {
  postgres_answers && return
  postgres_start_clusters && return
  postgres_install && return
  postgres_fail "PostgreSQL does not answer on ${PGHOST:-127.0.0.1}:${PGPORT:-5432}, and it cannot be started or installed here (that needs root and apt): start a PostgreSQL server (or point PGHOST, PGPORT, PGUSER and PGPASSWORD at one) and run again; the integration tests run the CMS on it."
}
