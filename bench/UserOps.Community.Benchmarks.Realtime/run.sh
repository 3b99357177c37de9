#!/usr/bin/env bash
# Runs the product benchmark and the bare-SignalR baseline for each point, same machine, same run.
# Usage: bench/UserOps.Community.Benchmarks.Realtime/run.sh [C:rates ...]   e.g. 1000:5,10,20 5000:1,2
# BASELINE_DIR: a writable copy of ../shared/tools/signalr-baseline (copied to /tmp when unset).
# PROVIDER=PostgreSql runs the product on a fresh database in the server COMMUNITY_TEST_POSTGRES points at
# (default: SQLite in a temp directory).
set -u
cd "$(dirname "$0")/../.."
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
points=("$@"); [ ${#points[@]} -eq 0 ] && points=(1000:5,10,20,40 5000:1,2,4 10000:0.2)
baseline=${BASELINE_DIR:-/tmp/signalr-baseline}
[ -d "$baseline" ] || cp -r "$(cd ../shared/tools/signalr-baseline 2>/dev/null && pwd || echo /work/shared/tools/signalr-baseline)" "$baseline"
results=bench/UserOps.Community.Benchmarks.Realtime/results; mkdir -p "$results"
dotnet build -c Release src/UserOps.Community.Host -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
dotnet build -c Release bench/UserOps.Community.Benchmarks.Realtime -v q -nologo -clp:ErrorsOnly >/dev/null || exit 1
(cd "$baseline" && dotnet build -c Release server -v q -nologo >/dev/null && dotnet build -c Release client -v q -nologo >/dev/null) || exit 1
port=5090
# Around the baseline's known limits on this machine (README of signalr-baseline), refined once.
declare -A BASELINE_RATES=([1000]=50,100,150 [5000]=2.5,5,7.5 [10000]=0.2)
for point in "${points[@]}"; do
  C=${point%%:*}; rates=${point#*:}
  db=$(mktemp -d /tmp/userops-rt-bench.XXXXXX)
  database=("--ConnectionStrings:Community=Data Source=$db/community.db")
  if [ "${PROVIDER:-Sqlite}" = "PostgreSql" ]; then
    database=(--Database:Provider=PostgreSql --Database:MigrateOnStartup=true
      "--ConnectionStrings:Community=${COMMUNITY_TEST_POSTGRES/Database=postgres/Database=rtbench_$(basename "$db" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')}")
  fi
  dotnet src/UserOps.Community.Host/bin/Release/net10.0/UserOps.Community.Host.dll --Urls "http://127.0.0.1:$port" \
    "${database[@]}" --Seed:Demo=false \
    --Bootstrap:AdminEmail=admin@bench.local --Bootstrap:AdminPassword='Admin!Passw0rd' \
    --RateLimiting:Writes:PermitLimit=1000000 --RateLimiting:Auth:PermitLimit=1000000 \
    --Logging:LogLevel:Default=Warning > "$results/product-server-C$C.log" 2>&1 &
  server=$!
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
  timeout 900 dotnet bench/UserOps.Community.Benchmarks.Realtime/bin/Release/net10.0/UserOps.Community.Benchmarks.Realtime.dll \
    --url "http://127.0.0.1:$port" --conns "$C" --rates "$rates" --server-pid "$server" 2>&1 | tee "$results/product-C$C.log"
  kill "$server"; wait "$server" 2>/dev/null; rm -rf "$db"
  sleep 2
  # The baseline at the same C; its rates are broadcasts/s, searched the same way.
  dotnet "$baseline/server/bin/Release/net10.0/signalr-limit-server.dll" --port=5000 > "$results/baseline-server-C$C.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do curl -sf http://127.0.0.1:5000/stats >/dev/null && break; sleep 0.2; done
  timeout 600 dotnet "$baseline/client/bin/Release/net10.0/signalr-limit-client.dll" --conns "$C" --rates "${BASELINE_RATES[$C]:-$rates}" \
    --duration 10 --refine 1 --batch 250 2>&1 | tee "$results/baseline-C$C.log"
  kill "$server"; wait "$server" 2>/dev/null
  sleep 2
done
grep -h '^SUMMARY' "$results"/product-*.log "$results"/baseline-*.log
