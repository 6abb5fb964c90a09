#!/usr/bin/env bash
# The rubric benchmark's operations in CPU time of the scoring thread, with their ratios to the
# BreakIterator split: for a busy machine, where JMH's wall-clock figures swing with the load.
# Arguments: calls per operation and round (default 2000), rounds (default 4).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.storysmith.rubric.bench.RubricCpuTime "$@"
