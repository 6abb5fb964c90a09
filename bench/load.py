#!/usr/bin/env python3
"""Load test with Debian's wrk: 60 s at 64 connections on loopback against POST /api/score
(a 450-word draft), /questions, /questions/{id} and a signed-in GET /api/stories/{id} with a
personal access token. Prints requests/s, p50/p99 and errors per endpoint as a markdown table.

    ./mvnw -B -DskipTests package
    bench/load.py                       # H2 file database in /tmp/storysmith-load
    bench/load.py --duration 20 --only score
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import storysmith as s  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(out):
    def ms(v):
        n, unit = re.match(r"([\d.]+)(us|ms|s)", v).groups()
        return float(n) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    errors = (int(non2xx.group(1)) if non2xx else 0) + (sum(map(int, sock.groups())) if sock else 0)
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "requests": total}


def wrk(url, duration, connections, threads, headers=(), script=None, env=None):
    cmd = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    for h in headers:
        cmd += ["-H", h]
    if script:
        cmd += ["-s", script]
    cmd.append(url)
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=True).stdout
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--duration", type=int, default=60)
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--port", type=int, default=8391)
    p.add_argument("--only", default="score,questions,question,story")
    p.add_argument("--base", help="use an app that is already running instead of starting one")
    a = p.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    app = None
    base = a.base
    if not base:
        workdir = "/tmp/storysmith-load"
        shutil.rmtree(workdir, ignore_errors=True)
        app = s.App(a.port, workdir)
        print(f"app up in {app.start():.1f} s", flush=True)
        base = app.base
    try:
        user = "load" + uuid.uuid4().hex[:6]
        token = s.create_token(s.sign_up(base, user))
        status, doc = s.api(base, "POST", "/api/stories", "Bearer " + token,
                            {"title": "Checkout latency", "framework": "star-l",
                             "sections": {"action": "I added a read-through cache with a 30-second expiry."}})
        assert status == 201, status
        story = doc["id"]
        body = os.path.join(HERE, "draft-450.json")
        targets = {
            "score": ("POST /api/score (450 words)", base + "/api/score", [], os.path.join(HERE, "post-json.lua")),
            "questions": ("GET /questions", base + "/questions", [], None),
            "question": ("GET /questions/proudest-project", base + "/questions/proudest-project", [], None),
            "story": ("GET /api/stories/{id} (token)", f"{base}/api/stories/{story}",
                      [f"Authorization: Bearer {token}"], None),
        }
        # Warm the JIT on every endpoint first, so the measured minute is the steady state.
        for key in a.only.split(","):
            _, url, headers, script = targets[key]
            wrk(url, 10, 16, 2, headers, script, {"BODY": body})
        rows = []
        for key in a.only.split(","):
            name, url, headers, script = targets[key]
            out = wrk(url, a.duration, a.connections, a.threads, headers, script, {"BODY": body})
            r = parse(out)
            rows.append((name, r))
            print(out, flush=True)
        print(f"\n| endpoint | requests/s | p50 | p99 | errors | requests |\n|---|---:|---:|---:|---:|---:|")
        for name, r in rows:
            print(f"| {name} | {r['rps']:.0f} | {r['p50']:.1f} ms | {r['p99']:.1f} ms | {r['errors']} | {r['requests']} |")
    finally:
        if app:
            app.stop()


if __name__ == "__main__":
    main()
