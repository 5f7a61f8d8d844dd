#!/usr/bin/env bash
# Creates Lianxi's PostgreSQL roles and databases through the local socket as the `postgres` user, starting the
# installed cluster first if it is stopped. Idempotent; works whether TCP logins use trust or passwords, because
# every role gets a password (dev-only default below; set LIANXI_DB_PASSWORD anywhere that matters).
#
# Each service owns one role and three databases: <db> (the local platform), <db>_test (service tests),
# <db>_it (system tests, so they never touch what `lianxi up` holds). With LIANXI_DB_SUFFIX=<s> it also creates
# <db><s> and <db>_test<s>: a second working copy (or engineer) on the same machine runs its tests in its own
# databases by exporting its own suffix.
# With LIANXI_RESET_DBS=true and a LIANXI_DB_SUFFIX (e.g. _it), the databases of that suffix are dropped first, so
# a system-test run starts empty; the local platform's own databases are never dropped this way.
set -euo pipefail

PASSWORD="${LIANXI_DB_PASSWORD:-lianxi-dev-only}"
SERVICES=(lianxi_case lianxi_liaison lianxi_credit)

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"
  else sudo -n -u postgres "$@"
  fi
}

ensure_running() {
  command -v pg_lsclusters >/dev/null || { echo "pg-setup: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
  local line version name status
  line=$(pg_lsclusters --no-header | head -n 1)
  [ -n "$line" ] || { echo "pg-setup: no PostgreSQL cluster found" >&2; exit 1; }
  read -r version name _ status _ <<<"$line"
  if [ "$status" != online ]; then
    echo "pg-setup: starting PostgreSQL $version/$name"
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
  fi
  for _ in $(seq 1 60); do
    as_postgres psql -qAtc 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "pg-setup: PostgreSQL did not accept connections" >&2; exit 1
}

create_all() {
  local sql=""
  for role in "${SERVICES[@]}"; do
    sql+="SELECT format('CREATE ROLE %I LOGIN', '$role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$role')\\gexec
ALTER ROLE $role WITH LOGIN PASSWORD '$PASSWORD';
"
    local suffix="${LIANXI_DB_SUFFIX:-}"
    for db in "$role" "${role}_test" "${role}_it" ${suffix:+"${role}${suffix}" "${role}_test${suffix}"}; do
      sql+="SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', '$db', '$role') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$db')\\gexec
"
    done
  done
  printf '%s' "$sql" | as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres >/dev/null
}

reset_suffixed() {
  local suffix="${LIANXI_DB_SUFFIX:-}"
  [ "${LIANXI_RESET_DBS:-false}" = true ] && [ -n "$suffix" ] || return 0
  for role in "${SERVICES[@]}"; do
    as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS ${role}${suffix} WITH (FORCE)" >/dev/null
  done
  echo "pg-setup: emptied the ${suffix} databases"
}

ensure_running
reset_suffixed
create_all
echo "pg-setup: roles and databases ready (${SERVICES[*]})"
