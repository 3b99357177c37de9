#!/usr/bin/env bash
# Scale-out check: Redis (Debian's redis-server) + two host instances on loopback ports against one PostgreSQL
# database; a SignalR client on instance A must receive, within a second and exactly once, what is published and
# notified through instance B, and the outbox must be processed once across both instances.
# PostgreSQL: COMMUNITY_TEST_POSTGRES (admin connection string), else a throwaway cluster when installed.
# With CI=true a missing Redis or PostgreSQL is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration=${CONFIGURATION:-Release}

missing() {
  if [ "${CI:-}" = "true" ]; then echo "CI requires $1 for the scale-out check, but it is not available" >&2; exit 1; fi
  echo "!! $1 not available: the scale-out check is skipped here (CI makes it mandatory)" >&2; exit 0
}
command -v redis-server >/dev/null || missing "redis-server (apt-get install redis-server)"
if [ -z "${COMMUNITY_TEST_POSTGRES:-}" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing "PostgreSQL"
  eval "$(scripts/postgres-up.sh)"
  own_pg=1
fi

work=$(mktemp -d /tmp/userops-scaleout.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "${own_pg:-}" ] && scripts/postgres-down.sh >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Below Linux's ephemeral range (32768-60999): a port there can be taken by any outgoing connection's local end
# between this check and the bind, which once failed instance B with "address already in use".
free_port() {
  for candidate in $(shuf -i 10000-19999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return; fi
  done
  echo "no free port" >&2; exit 1
}
wait_ready() {
  for _ in $(seq 1 120); do
    if curl -fsS "$1/health/ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "instance $1 did not become ready; its log:" >&2; cat "$2" >&2; exit 1
}

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!)

database="scaleout_$(date +%s)_$$"
psql_conn="${COMMUNITY_TEST_POSTGRES}"
dotnet build src/UserOps.Community.Host -c "$configuration" -nologo -clp:ErrorsOnly -v q
dotnet build tests/UserOps.Community.ScaleoutCheck -c "$configuration" -nologo -clp:ErrorsOnly -v q
host_dll=src/UserOps.Community.Host/bin/$configuration/net10.0/UserOps.Community.Host.dll
connection="${psql_conn/Database=postgres/Database=$database}"
[[ "$connection" == *"Database=$database"* ]] || connection="$psql_conn;Database=$database"

common=(--Database:Provider=PostgreSql "--ConnectionStrings:Community=$connection" "--Redis:ConnectionString=127.0.0.1:$redis_port"
  --Seed:Demo=false --Bootstrap:AdminEmail=admin@scaleout.local --Bootstrap:AdminPassword=Admin!Passw0rd
  --RateLimiting:Writes:PermitLimit=100000 --RateLimiting:Auth:PermitLimit=100000 --Logging:LogLevel:Default=Warning)

# Migrating creates the database; instances then start one after the other so only one bootstraps the admin.
dotnet "$host_dll" migrate "${common[@]}" >"$work/migrate.log" 2>&1 || {
  echo "migrate failed:" >&2; cat "$work/migrate.log" >&2; exit 1; }

port_a=$(free_port); port_b=$(free_port)
ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" "${common[@]}" --Urls "http://127.0.0.1:$port_a" >"$work/a.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$port_a" "$work/a.log"
ASPNETCORE_ENVIRONMENT=Production dotnet "$host_dll" "${common[@]}" --Urls "http://127.0.0.1:$port_b" >"$work/b.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$port_b" "$work/b.log"
curl -fsS "http://127.0.0.1:$port_a/health/ready" | grep -q '"redis"' || { echo "readiness does not include Redis" >&2; exit 1; }

echo "== scale-out: Redis :$redis_port, instances A :$port_a and B :$port_b, database $database"
dotnet "tests/UserOps.Community.ScaleoutCheck/bin/$configuration/net10.0/UserOps.Community.ScaleoutCheck.dll" \
  --a "http://127.0.0.1:$port_a" --b "http://127.0.0.1:$port_b" --pg "$connection" \
  --admin-email admin@scaleout.local --admin-password 'Admin!Passw0rd'
