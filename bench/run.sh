#!/usr/bin/env bash
# Benchmark of Cụm thi đua at national scale after the 2025 reform (see docs/performance.md):
#   bench/run.sh
# 1. a fresh database on a PostgreSQL server (default: 127.0.0.1:5432, user postgres, trust),
#    migrated by the app with the demo data, then filled by bench/generate.sql
#    (34 provinces, 3,298 communes, 5 years, clusters of 14, 30 criteria, ~2,000,000 scores);
# 2. SQL statements per page, counted by Hibernate statistics on one request each (rankings:
#    the first request, computed / a repeated one, its data from the cache / a repeat visit
#    answered 304 from its ETag);
# 3. wrk at 1 and 32 concurrent connections on: the rankings of Nghệ An 2026 (130 communes, the
#    band floors; rendered from cached data, and a repeat visit with If-None-Match: 304), the
#    report editor of a cluster of 14 communes × 35 criteria (30 scored), the report page of such
#    a cluster, a commune's record across its predecessors, and the login page as the trivial
#    ceiling of the same app;
#    every page is requested with logged-in sessions (32 per user, rotated): sessions live in
#    PostgreSQL, so each request reads its session like a user's would, the ceiling included
#    (an anonymous /login would instead store a new session on every request).
# Environment: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_PORT, BENCH_DURATION (e.g. 15s).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-5432}
DB_USER=${BENCH_DB_USER:-postgres}
DB_NAME=thidua_bench
PORT=${BENCH_PORT:-18181}
DURATION=${BENCH_DURATION:-15s}
BASE="http://127.0.0.1:$PORT"
WORK=target/bench
mkdir -p "$WORK"

for tool in wrk psql curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            apt-get install -y -qq wrk postgresql-client curl >/dev/null
        else
            echo "needs $tool (apt-get install wrk postgresql-client curl)"; exit 1
        fi
    fi
done
ls target/cum-thi-dua-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/cum-thi-dua-*.jar | grep -v original | head -n 1)
PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")

APP=""
stop_app() {
    if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi
}
trap stop_app EXIT

start_app() { # $1: log file, then extra arguments
    local log=$1; shift
    java -Xmx1g -jar "$JAR" --server.port="$PORT" \
        --spring.datasource.url="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
        --spring.datasource.username="$DB_USER" "$@" >"$log" 2>&1 &
    APP=$!
    for _ in $(seq 1 120); do
        if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
        sleep 1
    done
    echo "the app did not start:"; tail -30 "$log"; exit 1
}

login() { # $1 user, $2 cookie jar
    rm -f "$2"
    local token
    token=$(curl -s -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -c "$2" -b "$2" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=Demo@2014" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    grep THIDUA_SESSION "$2" | awk '{print "THIDUA_SESSION=" $7}'
}

echo "== database $DB_NAME on $DB_HOST:$DB_PORT"
"${PSQL[@]}" -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"

echo "== migrate, generate national data, count SQL statements per page"
start_app "$WORK/app-stats.log" --spring.jpa.properties.hibernate.generate_statistics=true \
    --logging.level.org.hibernate.session.metrics=debug
start=$(date +%s)
"${PSQL[@]}" -d "$DB_NAME" -f bench/generate.sql >"$WORK/generate.log"
read -r provinces units reports scores < <("${PSQL[@]}" -d "$DB_NAME" -tA -F ' ' -c \
    "select (select count(*) from provinces where valid_to is null), (select count(*) from units where level = 'COMMUNE_LEVEL' and valid_to is null), (select count(*) from quarterly_reports), (select count(*) from scores)")
echo "generated in $(( $(date +%s) - start )) s: $provinces provinces of today, $units communes and wards, $reports reports, $scores score rows"

director=$(login giamdoc "$WORK/director.jar")
leader=$(login cumtruong.xa "$WORK/leader.jar")
token=$(curl -s -b "$WORK/leader.jar" "$BASE/reports/new" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
editor_path=$(curl -s -b "$WORK/leader.jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
    -d year=2027 -d quarter=1 "$BASE/reports" | sed "s#$BASE##")
report_id=$("${PSQL[@]}" -d "$DB_NAME" -tA -c "select r.id from quarterly_reports r join clusters c on c.id = r.cluster_id
    join app_users a on a.unit_id = c.leader_unit_id and a.username = 'cumtruong.xa' where r.year = 2027 and r.quarter = 2")
commune_id=$("${PSQL[@]}" -d "$DB_NAME" -tA -c "select id from units where name = 'Diễn Châu' and level = 'COMMUNE_LEVEL'
    and valid_from = date '2025-07-01'")
RANKINGS=/rankings?year=2026
EDITOR=$editor_path
REPORT=/reports/$report_id
RECORD=/units/$commune_id/record
TRIVIAL=/login
statements() { # $1 path, $2 cookie: the JDBC statements Hibernate prepared for one request
    local before after
    before=$(wc -l <"$WORK/app-stats.log")
    curl -s -o /dev/null ${2:+-H "Cookie: $2"} "$BASE$1"
    sleep 1
    # Hibernate 7 logs per session: "<n> ns preparing <m> JDBC statements"
    after=$(tail -n +"$((before + 1))" "$WORK/app-stats.log" | grep -o '[0-9]* ns preparing [0-9]* JDBC statements' \
        | awk '{s += $4} END {print s + 0}')
    echo "$after"
}
# rankings: computed on the first request, then rendered from the cached data
sql_rankings="$(statements "$RANKINGS" "$director")/$(statements "$RANKINGS" "$director")"
sql_editor=$(statements "$EDITOR" "$leader")
sql_report=$(statements "$REPORT" "$director")
sql_record=$(statements "$RECORD" "$director")
sql_trivial=$(statements "$TRIVIAL" "$director")
stop_app

echo "== load (wrk, $DURATION per run, after a warm-up)"
start_app "$WORK/app.log"
# 32 logged-in sessions per user, rotated by the wrk script: 32 connections are 32 users (one
# session shared by every connection would make its row in spring_session a hot spot)
sessions() { # $1 user, $2 file
    : >"$2"
    for n in $(seq 1 32); do login "$1" "$WORK/session-$n.jar" >>"$2"; done
}
sessions giamdoc "$WORK/director.sessions"
sessions cumtruong.xa "$WORK/leader.sessions"

measure() { # $1 path, $2 file of session cookies (or empty), $3 connections, $4 an extra header
    local threads=1
    [ "$3" -gt 1 ] && threads=2
    wrk -t"$threads" -c"$3" -d"$DURATION" ${4:+-H "$4"} -s bench/latency.lua "$BASE$1" -- $2 | grep '^BENCH'
}
# the rankings page's ETag for the director (every director session has the same one)
etag=$(curl -s -D - -o /dev/null -H "Cookie: $(head -n 1 "$WORK/director.sessions")" "$BASE$RANKINGS" \
    | tr -d '\r' | grep -i '^etag:' | cut -d' ' -f2)
status304=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -n 1 "$WORK/director.sessions")" \
    -H "If-None-Match: $etag" "$BASE$RANKINGS")
echo "rankings ETag $etag, a repeat visit answers $status304"
wrk -t2 -c8 -d5s -s bench/latency.lua "$BASE$RANKINGS" -- "$WORK/director.sessions" >/dev/null
wrk -t2 -c8 -d5s -s bench/latency.lua "$BASE$EDITOR" -- "$WORK/leader.sessions" >/dev/null
wrk -t2 -c8 -d5s -s bench/latency.lua "$BASE$REPORT" -- "$WORK/director.sessions" >/dev/null
wrk -t2 -c8 -d5s -s bench/latency.lua "$BASE$RECORD" -- "$WORK/director.sessions" >/dev/null
wrk -t2 -c8 -d5s -s bench/latency.lua "$BASE$TRIVIAL" -- "$WORK/director.sessions" >/dev/null
declare -A result
for c in 1 32; do
    result[rankings,$c]=$(measure "$RANKINGS" "$WORK/director.sessions" "$c")
    result[repeat,$c]=$(measure "$RANKINGS" "$WORK/director.sessions" "$c" "If-None-Match: $etag")
    result[editor,$c]=$(measure "$EDITOR" "$WORK/leader.sessions" "$c")
    result[report,$c]=$(measure "$REPORT" "$WORK/director.sessions" "$c")
    result[record,$c]=$(measure "$RECORD" "$WORK/director.sessions" "$c")
    result[trivial,$c]=$(measure "$TRIVIAL" "$WORK/director.sessions" "$c")
done
stop_app

field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
echo
echo "Data: $provinces provinces of today, $units communes and wards, $reports reports, $scores score rows. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; wrk on the same cores."
printf '%-32s %6s %10s %9s %9s %9s %7s %5s\n' page conns "req/s" "p50 ms" "p95 ms" "p99 ms" errors SQL
for page in rankings repeat editor report record trivial; do
    case $page in
        rankings) label="rankings $RANKINGS"; sql=$sql_rankings ;;
        repeat) label="rankings, repeat visit (304)"; sql=0 ;;
        editor) label="editor $EDITOR"; sql=$sql_editor ;;
        report) label="report $REPORT"; sql=$sql_report ;;
        record) label="record $RECORD"; sql=$sql_record ;;
        *) label="trivial $TRIVIAL"; sql=$sql_trivial ;;
    esac
    for c in 1 32; do
        r=${result[$page,$c]}
        printf '%-32s %6s %10s %9s %9s %9s %7s %5s\n' "$label" "$c" "$(field "$r" rps)" "$(field "$r" p50)" \
            "$(field "$r" p95)" "$(field "$r" p99)" "$(field "$r" errors)" "$sql"
    done
done
ratio=$(awk -v a="$(field "${result[rankings,32]}" rps)" -v b="$(field "${result[trivial,32]}" rps)" 'BEGIN {printf "%.2f", a / b}')
echo
echo "rankings/trivial throughput at 32 connections: $ratio (target ≥ 0.5); rankings p95 at 1 connection: $(field "${result[rankings,1]}" p95) ms (target < 10)"
for page in editor report record; do
    echo "$page/trivial throughput at 32 connections: $(awk -v a="$(field "${result[$page,32]}" rps)" -v b="$(field "${result[trivial,32]}" rps)" 'BEGIN {printf "%.2f", a / b}')"
done
