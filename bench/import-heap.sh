#!/usr/bin/env bash
# Benchmark of the bounded upload (issue 24): a 1.5-million-row workbook looked at before an
# import, under -Xmx768m as the attack was; prints the file's size, the time to the answer and
# the heap's peak while reading. Rows: first argument (default 1,500,000).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -Xmx768m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    vn.thidua.report.imports.ImportHeapBenchmark "${1:-1500000}"
