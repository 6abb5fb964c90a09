#!/bin/bash
# CPU time a running app spends per answered request, under wrk (32 connections, 30 s timeout).
# On a machine shared with other builds, requests/s mostly measures how much CPU the app was
# given; CPU milliseconds per request (user + system time of the process, JIT and GC included)
# moves far less with the load, so before/after comparisons use it (docs/performance.md).
#
#   bench/cpu-per-request.sh PID URL SECONDS [more wrk arguments, e.g. -s bench/post-json.lua]
set -euo pipefail
pid=$1 url=$2 seconds=$3
shift 3
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu)
out=$(wrk -t1 -c32 -d"${seconds}s" --timeout 30s --latency "$@" "$url")
after=$(cpu)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
python3 - "$url" "$requests" "$before" "$after" "$ticks" "$errors" <<'PY'
import sys
url, n, t0, t1, hz, errors = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
ms = (t1 - t0) * 1000 / hz
print(f"{url}: {n} requests, {ms / max(n, 1):.1f} ms CPU per request ({ms:.0f} ms in all) {errors}".rstrip())
PY
