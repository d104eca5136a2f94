#!/usr/bin/env bash
# bench/api on a throwaway PostgreSQL cluster (started as user postgres on a free port, removed afterwards).
#   bench/api/run.sh [--registrations N] [--duration S] [--connections C]
# Set KEEP_CLUSTER=DIR to reuse a cluster folder between runs (the 1M rows are generated once).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dir=${KEEP_CLUSTER:-$(mktemp -d)}
chown postgres "$dir"
if [ ! -f "$dir/data/PG_VERSION" ]; then
  su postgres -c "$bin/initdb -D $dir/data -A trust -U postgres >/dev/null"
fi
su postgres -c "$bin/pg_ctl -D $dir/data -o '-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=100' -w -l $dir/log start" >/dev/null
stop() { su postgres -c "$bin/pg_ctl -D $dir/data -m fast stop" >/dev/null; [ -n "${KEEP_CLUSTER:-}" ] || rm -rf "$dir"; }
trap stop EXIT
su postgres -c "$bin/psql -h $dir -p $port -U postgres -tc \"select 1 from pg_database where datname='bench'\"" | grep -q 1 \
  || su postgres -c "$bin/createdb -h $dir -p $port -U postgres bench"
cd "$here/../.."
PGDATA_DIR="$dir/data" DATABASE_URL="postgres://postgres@127.0.0.1:$port/bench" npx tsx bench/api/run.ts "$@"
