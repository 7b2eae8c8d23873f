#!/usr/bin/env bash
# Issue 13's figure: the report page and the report editor against the app's own /login, at 32
# connections in the same wrk run (see docs/performance.md):
#   bench/report-pages.sh [rounds]
# A fresh database on a PostgreSQL server (default 127.0.0.1:5432, user postgres, trust) migrated
# by the packaged app with the demo data; 32 logged-in sessions of Cụm 1's leader, rotated by
# bench/latency.lua; the leader's fourth-quarter 2014 draft is created through the app. Each round
# measures /login, the report page and the editor one after another (8 s each after a warm-up of
# 30 s each: after 10 s the JIT still takes a tenth of the samples),
# so that the shares compare pages measured within seconds of each other on this shared machine;
# the last lines print every round and the medians.
# Environment: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_PORT, BENCH_DURATION (e.g. 8s),
# BENCH_WARMUP (each page's, e.g. 30s),
# BENCH_JAVA_OPTS (default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-5}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-5432}
DB_USER=${BENCH_DB_USER:-postgres}
DB_NAME=thidua_pages
PORT=${BENCH_PORT:-18182}
DURATION=${BENCH_DURATION:-8s}
WARMUP=${BENCH_WARMUP:-30s}
BASE="http://127.0.0.1:$PORT"
WORK=target/bench-pages
mkdir -p "$WORK"

for tool in wrk psql curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "needs $tool (apt-get install wrk postgresql-client curl)"; exit 1; }
done
ls target/cum-thi-dua-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/cum-thi-dua-*.jar | grep -v original | head -n 1)
PSQL=(psql -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")

"${PSQL[@]}" -d postgres -c "drop database if exists $DB_NAME" -c "create database $DB_NAME"
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:--Xmx1g} -jar "$JAR" --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
    --spring.datasource.username="$DB_USER" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"' && break
    sleep 1
done
curl -fs "$BASE/actuator/health" | grep -q '"status":"UP"' || { echo "the app did not start"; tail -30 "$WORK/app.log"; exit 1; }

login() { # $1 user, $2 cookie jar: prints the session cookie
    rm -f "$2"
    local token
    token=$(curl -s -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -c "$2" -b "$2" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=Demo@2014" \
        --data-urlencode "_csrf=$token" "$BASE/login"
    grep THIDUA_SESSION "$2" | awk '{print "THIDUA_SESSION=" $7}'
}
: >"$WORK/leader.sessions"
for n in $(seq 1 32); do login cumtruong.quynhluu "$WORK/s$n.jar" >>"$WORK/leader.sessions"; done
token=$(curl -s -b "$WORK/s1.jar" "$BASE/reports/new" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
EDITOR=$(curl -s -b "$WORK/s1.jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
    -d year=2014 -d quarter=4 "$BASE/reports" | sed "s#$BASE##")
REPORT=${EDITOR%/edit}
case "$REPORT" in /reports/[0-9]*) ;; *) echo "could not create the draft (got '$EDITOR')"; exit 1 ;; esac
for path in /login "$REPORT" "$EDITOR"; do
    code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$WORK/s1.jar" "$BASE$path")
    [ "$code" = 200 ] || { echo "$path answered $code"; exit 1; }
    echo "$path: $(wc -c <"$WORK/page.html") bytes"
done

run() { # $1 path, $2 duration: prints requests per second
    wrk -t2 -c32 -d"$2" -s bench/latency.lua "$BASE$1" -- "$WORK/leader.sessions" | grep '^BENCH' \
        | tr ' ' '\n' | grep '^rps=' | cut -d= -f2
}
echo "== warm-up, $WARMUP per page"
for path in /login "$REPORT" "$EDITOR"; do run "$path" "$WARMUP" >/dev/null; done
echo "== $ROUNDS rounds of $DURATION per page, 32 connections (wrk on the same cores)"
printf '%-6s %10s %14s %7s %14s %7s\n' round "/login" "report page" share "editor" share
: >"$WORK/shares"
for round in $(seq 1 "$ROUNDS"); do
    l=$(run /login "$DURATION"); r=$(run "$REPORT" "$DURATION"); e=$(run "$EDITOR" "$DURATION")
    rs=$(awk -v a="$r" -v b="$l" 'BEGIN {printf "%.2f", a / b}')
    es=$(awk -v a="$e" -v b="$l" 'BEGIN {printf "%.2f", a / b}')
    printf '%-6s %10s %14s %7s %14s %7s\n' "$round" "$l" "$r" "$rs" "$e" "$es"
    echo "$rs $es" >>"$WORK/shares"
done
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "median share of /login: report page $(cut -d' ' -f1 "$WORK/shares" | median), editor $(cut -d' ' -f2 "$WORK/shares" | median) (target ≥ 0.3)"
