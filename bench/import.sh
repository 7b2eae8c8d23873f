#!/usr/bin/env bash
# Benchmark of the Excel import's reading (issue 14): a workbook of 700 unit rows × 40
# criteria read and checked cell by cell, as before the preview; prints the time of 5 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.thidua.report.imports.ImportBenchmark
