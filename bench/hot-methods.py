#!/usr/bin/env python3
"""Where the CPU goes, from a Java Flight Recorder file (JDK 17 has no `jfr view`):
top frames by own samples, the storysmith/library frames most often on the stack, and the
monitors threads waited for (jdk.JavaMonitorEnter: waits over 20 ms with settings=profile).

    jcmd <pid> JFR.start duration=30s filename=/tmp/app.jfr settings=profile
    bench/hot-methods.py /tmp/app.jfr
"""
import collections
import json
import subprocess
import sys

out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", sys.argv[1]],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)["recording"]["events"]
own, onstack = collections.Counter(), collections.Counter()
for e in events:
    frames = e["values"]["stackTrace"]["frames"]
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    if names:
        own[names[0]] += 1
    for n in set(names):
        onstack[n] += 1
total = len(events)
print(f"{total} samples\n\ntop frames (own time):")
for n, c in own.most_common(25):
    print(f"{100 * c / total:5.1f}%  {n}")
print("\nmost often on the stack (inclusive), storysmith and selected libraries:")
keep = ("dev.storysmith", "org.hibernate", "org.h2", "org.thymeleaf", "tools.jackson", "org.springframework", "java.lang.ClassLoader", "java.util.ResourceBundle",
        "io.micrometer", "com.zaxxer")
for n, c in onstack.most_common(400):
    if n.startswith(keep):
        print(f"{100 * c / total:5.1f}%  {n}")

blocked = json.loads(subprocess.run(["jfr", "print", "--json", "--events", "jdk.JavaMonitorEnter", sys.argv[1]],
                                    capture_output=True, text=True, check=True).stdout)["recording"]["events"]
waits, waited = collections.Counter(), collections.Counter()
for e in blocked:
    frames = e["values"]["stackTrace"]["frames"]
    where = frames[0]["method"]["type"]["name"].replace("/", ".") + "." + frames[0]["method"]["name"] if frames else "?"
    key = (e["values"]["monitorClass"]["name"].replace("/", "."), where)
    waits[key] += 1
    duration = e["values"]["duration"]  # ISO-8601, e.g. PT0.8S or PT1M2.5S
    minutes = float(duration[2:].split("M")[0]) if "M" in duration else 0
    seconds = float(duration.split("M")[-1].lstrip("PT").rstrip("S") or 0) if duration.endswith("S") else 0
    waited[key] += 60 * minutes + seconds
print(f"\nthreads blocked on a monitor (waits over the recording's threshold): {len(blocked)}")
for (monitor, where), n in waits.most_common(10):
    print(f"{n:6d} waits, {waited[(monitor, where)]:8.1f} s in all  {monitor}  in {where}")
