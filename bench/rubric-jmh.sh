#!/usr/bin/env bash
# Rubric engine benchmark (JMH): scoring a ~450-word draft vs splitting the same text into
# sentences and words with java.text.BreakIterator. Target: scoring costs at most 10x the split.
# Extra arguments go to JMH, e.g. `bench/rubric-jmh.sh -prof gc` or `-wi 5 -i 10`.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main RubricBenchmark -f 1 -wi 3 -i 5 "$@"
