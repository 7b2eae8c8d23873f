#!/usr/bin/env bash
# Do saves in different provinces wait for each other? (docs/performance.md)
#   bench/saves.sh
# A database with the national data (bench/generate.sql) is migrated to V11 (one data version
# row for the whole database, V8) and 32 clients save reports, each in its own province, for
# BENCH_SAVE_SECONDS (default 15) with pgbench; then the same database is migrated to V12 (one
# version row per province) and the same load runs again. Prints transactions per second and
# latency before and after. Environment: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER.
set -euo pipefail
cd "$(dirname "$0")/.."
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-5432}
DB_USER=${BENCH_DB_USER:-postgres}
DB_NAME=thidua_bench_saves
SECONDS_RUN=${BENCH_SAVE_SECONDS:-15}
WORK=target/bench
mkdir -p "$WORK"
ls target/cum-thi-dua-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/cum-thi-dua-*.jar | grep -v original | head -n 1)
PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")

migrate() { # extra arguments: the Flyway target
    java -jar "$JAR" --server.port=0 \
        --spring.datasource.url="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
        --spring.datasource.username="$DB_USER" "$@" >"$WORK/saves-migrate.log" 2>&1 &
    local app=$!
    for _ in $(seq 1 120); do
        grep -q "Started CumThiDuaApplication" "$WORK/saves-migrate.log" && break
        kill -0 "$app" 2>/dev/null || { tail -30 "$WORK/saves-migrate.log"; exit 1; }
        sleep 1
    done
    kill "$app"; wait "$app" 2>/dev/null || true
}

run() { # $1 label
    pgbench -n -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -c 32 -j 2 -T "$SECONDS_RUN" -f bench/save.sql "$DB_NAME" \
        >"$WORK/saves-$1.log" 2>&1
    local tps lat
    tps=$(grep -o 'tps = [0-9.]*' "$WORK/saves-$1.log" | head -n 1 | awk '{print $3}')
    lat=$(grep -o 'latency average = [0-9.]* ms' "$WORK/saves-$1.log" | awk '{print $4}')
    printf '%-44s %10s tps %10s ms average latency\n' "$1" "$tps" "$lat"
}

"${PSQL[@]}" -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"
migrate --spring.flyway.target=11
"${PSQL[@]}" -d "$DB_NAME" -f bench/generate.sql >"$WORK/saves-generate.log"
echo "32 clients, each saving reports in its own province, ${SECONDS_RUN} s:"
run "before (V11: one version row for all)"
migrate
run "after (V12: one version row per province)"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB_NAME"
