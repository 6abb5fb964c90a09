#!/usr/bin/env python3
"""Storysmith beside spring-petclinic in one run, one app at a time, with Debian's wrk
(issue 13): /questions vs /vets.html, /questions/{id} vs /owners/1, POST /api/score vs
/owners/1, and the startup time of both. Prints the figures and the ratios as markdown.

petclinic's code never enters this repository: build it into a folder outside it first,

    bench/petclinic-build.sh /tmp/petclinic            # clones github.com/spring-projects/spring-petclinic
    ./mvnw -B -DskipTests package                      # the Storysmith jar
    bench/compare.py --petclinic /tmp/petclinic        # 10 s warm-up + 20 s per endpoint, 32 connections
    bench/compare.py --petclinic /tmp/petclinic --jfr /tmp/jfr   # also a JFR profile of each Storysmith page run

Each app starts on a fresh database (Storysmith: H2 file in a temp folder; petclinic: its
in-memory H2), is warmed on every endpoint, measured, and stopped before the other starts.
Startup is the JVM's own "Started ... (process running for N)" figure, the median of --starts
cold starts (no wrk running). STORYSMITH_JAR=path picks another Storysmith jar (e.g. an older build).
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import storysmith as s  # noqa: E402
from load import parse, wrk  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
STARTED = re.compile(r"Started \S+ in [\d.]+ seconds \(process running for ([\d.]+)\)")


class Jar:
    """A Spring Boot jar started in its own temp folder; answers once `ready` gives 200."""

    def __init__(self, name, jar, port, ready, args=()):
        self.name, self.jar, self.port, self.ready, self.args = name, jar, port, ready, list(args)
        self.proc, self.workdir = None, None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=600):
        self.workdir = tempfile.mkdtemp(prefix=f"compare-{self.name}-")
        self.log = os.path.join(self.workdir, "app.log")
        cmd = ["java", "-Xmx512m", *self.args, "-jar", self.jar, f"--server.port={self.port}"]
        self.proc = subprocess.Popen(cmd, cwd=self.workdir, stdout=open(self.log, "w"), stderr=subprocess.STDOUT)
        begun = time.time()
        while time.time() - begun < timeout:
            if self.proc.poll() is not None:
                raise SystemExit(f"{self.name} exited early, see {self.log}")
            try:
                with urllib.request.urlopen(self.base + self.ready, timeout=2) as r:
                    if r.status == 200:
                        break
            except Exception:
                time.sleep(0.2)
        else:
            self.proc.kill()
            self.proc.wait()
            raise SystemExit(f"{self.name} did not answer in {timeout}s, see {self.log}")
        match = STARTED.search(open(self.log).read())
        return float(match.group(1)) if match else time.time() - begun

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def startup(app, starts):
    times = []
    for _ in range(starts):
        times.append(app.start())
        app.stop()
    return statistics.median(times)


def measure(app, targets, a):
    """Warm every target, then measure each in turn (optionally under JFR)."""
    for _, path, script in targets:
        wrk(app.base + path, a.warmup, a.connections, a.threads, (), script, {"BODY": a.body})
    results = {}
    for key, path, script in targets:
        jfr = None
        if a.jfr and app.name == "storysmith":
            os.makedirs(a.jfr, exist_ok=True)
            jfr = os.path.join(a.jfr, f"{key.strip('/').replace('/', '_') or 'root'}.jfr")
            subprocess.run(["jcmd", str(app.proc.pid), "JFR.start", "name=compare", "settings=profile",
                            f"filename={jfr}"], check=True, capture_output=True)
        load = os.getloadavg()[0]
        out = wrk(app.base + path, a.duration, a.connections, a.threads, (), script, {"BODY": a.body})
        if jfr:
            subprocess.run(["jcmd", str(app.proc.pid), "JFR.stop", "name=compare"], check=True, capture_output=True)
        results[key] = {**parse(out), "load": load}
        print(f"{app.name} {key}: {results[key]}", flush=True)
    return results


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--petclinic", required=True, help="folder where bench/petclinic-build.sh built petclinic")
    p.add_argument("--duration", type=int, default=20)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--connections", type=int, default=32)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--starts", type=int, default=3)
    p.add_argument("--port", type=int, default=8092)
    p.add_argument("--petclinic-port", type=int, default=8082)
    p.add_argument("--question", default="proudest-project")
    p.add_argument("--jfr", help="folder for a JFR profile of each Storysmith run")
    a = p.parse_args()
    a.body = os.path.join(HERE, "draft-450.json")
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    jars = glob.glob(os.path.join(a.petclinic, "target", "spring-petclinic-*.jar"))
    if not jars:
        raise SystemExit(f"no petclinic jar in {a.petclinic}/target: run bench/petclinic-build.sh {a.petclinic}")

    ours = Jar("storysmith", s.jar(), a.port, "/actuator/health")
    theirs = Jar("petclinic", sorted(jars)[-1], a.petclinic_port, "/")
    print(f"storysmith: {ours.jar}\npetclinic: {theirs.jar}\nload average before: {os.getloadavg()}", flush=True)

    started = {"storysmith": startup(ours, a.starts), "petclinic": startup(theirs, a.starts)}

    ours.start()
    try:
        mine = measure(ours, [("/questions", "/questions", None),
                              ("/questions/{id}", f"/questions/{a.question}", None),
                              ("POST /api/score", "/api/score", os.path.join(HERE, "post-json.lua"))], a)
    finally:
        ours.stop()
    theirs.start()
    try:
        yard = measure(theirs, [("/vets.html", "/vets.html", None), ("/owners/1", "/owners/1", None)], a)
    finally:
        theirs.stop()

    def row(left, right):
        l, r = mine[left], yard[right]
        return (f"| `{left}` vs `{right}` | {l['rps']:.0f} | {r['rps']:.0f} | **{l['rps'] / r['rps']:.2f}x** | "
                f"{l['p99']:.1f} ms | {r['p99']:.1f} ms | {l['errors']} / {r['errors']} | "
                f"{l['load']:.1f} / {r['load']:.1f} |")

    print(f"\n{a.connections} connections, {a.threads} wrk threads, {a.warmup} s warm-up + {a.duration} s per endpoint\n")
    print("| pages | Storysmith req/s | petclinic req/s | ratio | Storysmith p99 | petclinic p99 | errors | load avg (1 min) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(row("/questions", "/vets.html"))
    print(row("/questions/{id}", "/owners/1"))
    print(row("POST /api/score", "/owners/1"))
    print(f"\n| startup (median of {a.starts}) | Storysmith | petclinic |\n|---|---:|---:|")
    print(f"| JVM \"process running for\" at Started | {started['storysmith']:.2f} s | {started['petclinic']:.2f} s |")


if __name__ == "__main__":
    main()
