#!/usr/bin/env bash
# Runs every test: unit and architecture tests, the database-backed suites on SQLite and on PostgreSQL, then the
# scale-out check (Redis + two instances, scripts/scaleout-test.sh).
# PostgreSQL: uses COMMUNITY_TEST_POSTGRES when set, otherwise starts a throwaway local cluster.
# With CI=true a missing PostgreSQL is a failure, never a skip.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet tool restore >/dev/null

echo "== Web client: npm ci, type check, unit and component tests (Vitest)"
failed=0
(cd web-client && npm ci --no-audit --no-fund --loglevel=error && npm run --silent typecheck && npx vitest run) || failed=1

# Builds the host and, through its MSBuild target, web-client/dist.
dotnet build UserOps.Community.sln -c Release -nologo -clp:ErrorsOnly

echo "== SQL Server migrations: idempotent script generates"
mkdir -p artifacts
dotnet ef migrations script --idempotent --no-build --configuration Release \
  --project src/Migrations/UserOps.Community.Migrations.SqlServer --startup-project src/UserOps.Community.Host \
  --output artifacts/sqlserver-migrations.sql -- --Database:Provider=SqlServer \
  --ConnectionStrings:Community="Server=localhost;Database=design_time;TrustServerCertificate=True" --Outbox:DispatcherEnabled=false >/dev/null
grep -q "CREATE TABLE" artifacts/sqlserver-migrations.sql

run_tests() {
  local label=$1; shift
  echo "== $label"
  # Keep going after a failing suite so the summary covers every run; the exit code still fails at the end.
  dotnet test "$@" --no-build -c Release --nologo 2>&1 | tee -a "$log" || failed=1
}

run_tests "All test projects on SQLite" UserOps.Community.sln

# Real host on a fresh SQLite database, client checked against its OpenAPI document, Playwright in Debian's
# Chromium. Under CI=true a missing /usr/bin/chromium fails the run.
echo "== Web client end to end (Playwright, headless Chromium)"
(cd web-client && E2E_HOST_CONFIGURATION=Release npm run --silent e2e) || failed=1

if [ -z "${COMMUNITY_TEST_POSTGRES:-}" ]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    eval "$(scripts/postgres-up.sh)"
    trap 'scripts/postgres-down.sh; rm -f "$log"' EXIT
  elif [ "${CI:-}" = "true" ]; then
    echo "CI requires PostgreSQL, but no server is installed and COMMUNITY_TEST_POSTGRES is not set" >&2
    exit 1
  else
    echo "!! PostgreSQL not installed: the PostgreSQL run is skipped here (CI makes it mandatory)" >&2
  fi
fi
if [ -n "${COMMUNITY_TEST_POSTGRES:-}" ]; then
  for project in tests/UserOps.Community.BuildingBlocks.Tests tests/UserOps.Community.IntegrationTests; do
    COMMUNITY_TEST_PROVIDER=PostgreSql run_tests "$project on PostgreSQL" "$project"
  done
fi

echo "== Scale-out: Redis backplane, two instances, one PostgreSQL database"
CONFIGURATION=Release scripts/scaleout-test.sh 2>&1 | tee -a "$log" || failed=1

# One closing line for the whole run, summed over every test assembly.
sed -E 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /(Passed|Failed)!  *- *Failed:/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1) + 0
      if ($i == "Passed:") p += $(i+1) + 0
      if ($i == "Skipped:") s += $(i+1) + 0
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'
exit $failed
