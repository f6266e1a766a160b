#!/usr/bin/env bash
# Install and start what the store and dashboard tests need: PostgreSQL and Chromium
# (Debian packages). Idempotent and quick when both are already there. Prints the
# test database URL as its last line, for `export HADATH_TEST_PG=...`.
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq "${need[@]}" >&2
fi
ver=$(pg_lsclusters -h | awk 'NR==1{print $1}')
if [ -z "$ver" ]; then
    ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$ver" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main"{print $4}' | grep -q online; then
    pg_ctlcluster "$ver" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main"{print $3}')
psql_pg() { su postgres -c "psql -p $port -qtA $*" ; }
if [ "$(psql_pg "-c \"SELECT 1 FROM pg_roles WHERE rolname='hadath'\"")" != "1" ]; then
    psql_pg "-c \"CREATE ROLE hadath LOGIN PASSWORD 'hadath'\"" >&2
fi
if [ "$(psql_pg "-c \"SELECT 1 FROM pg_database WHERE datname='hadath_test'\"")" != "1" ]; then
    psql_pg "-c \"CREATE DATABASE hadath_test OWNER hadath\"" >&2
fi
echo "postgresql://hadath:hadath@localhost:$port/hadath_test"
