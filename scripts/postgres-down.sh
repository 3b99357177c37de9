#!/usr/bin/env bash
# Stops the cluster started by postgres-up.sh (USEROPS_PG_DIR) and removes its files.
set -euo pipefail
dir=${1:-${USEROPS_PG_DIR:-}}
[ -n "$dir" ] && [ -d "$dir/data" ] || exit 0
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
else "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true; fi
rm -rf "$dir"
