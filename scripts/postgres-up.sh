#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port and prints the connection string.
# Usage: eval "$(scripts/postgres-up.sh)"   -> exports COMMUNITY_TEST_POSTGRES and USEROPS_PG_DIR
# Stop it:  scripts/postgres-down.sh
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
dir=$(mktemp -d /tmp/userops-pg.XXXXXX)
chmod 755 "$dir"
port=""
for candidate in $(shuf -i 20000-29999 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
run_as_pg=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  run_as_pg=(runuser -u postgres --)
fi
"${run_as_pg[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=256MB"
# Test clusters trade durability for speed; benchmarks set USEROPS_PG_DURABLE=1 to measure real commits.
[ "${USEROPS_PG_DURABLE:-0}" = "1" ] || options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
"${run_as_pg[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" start >/dev/null
echo "export USEROPS_PG_DIR='$dir'"
echo "export COMMUNITY_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
