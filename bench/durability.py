#!/usr/bin/env python3
"""Durability under kill -9: a client loops story saves through the API while the app is
killed with SIGKILL and restarted; afterwards every save that was acknowledged with a 2xx
must be there with its exact text, and stale PUTs must have been refused with 409.

    ./mvnw -B -DskipTests package
    bench/durability.py --db h2          # H2 file database (the default setup)
    bench/durability.py --db postgres    # PostgreSQL on 127.0.0.1:5432, database storysmith_durability

Options: --kills N (default 3), --run-seconds S between kills (default 12), --port P.
"""
import argparse
import http.client
import json
import os
import shutil
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import storysmith as s  # noqa: E402


class Client(threading.Thread):
    """Sequential saves: create a story, update the shared story, and every 5th round a stale PUT."""

    def __init__(self, base, auth, story_id, version, text):
        super().__init__(daemon=True)
        self.base, self.auth = base, auth
        self.story_id, self.version = story_id, version
        self.acked_text = text               # text of the last acknowledged PUT
        self.unacked_since = []              # PUT texts sent after it without an answer
        self.acked_creates = []              # (id, exact text) of every acknowledged create
        self.counts = {"create_ok": 0, "put_ok": 0, "stale_409": 0, "stale_accepted": 0, "no_answer": 0,
                       "refresh_after_409": 0, "other": 0, "lost_update": 0}
        self.stop = threading.Event()

    def body(self, title, text, version=None):
        b = {"title": title, "framework": "star", "sections": {"action": text}}
        if version is not None:
            b["version"] = version
        return b

    def call(self, method, path, body=None):
        try:
            return s.api(self.base, method, path, self.auth, body, timeout=5)
        except (OSError, http.client.HTTPException):
            # No answer, or one cut off by the kill: not acknowledged.
            self.counts["no_answer"] += 1
            time.sleep(0.2)
            return None, None

    def run(self):
        i = 0
        while not self.stop.is_set():
            i += 1
            text = f"save {i} {uuid.uuid4()} - I kept every acknowledged write."
            status, doc = self.call("POST", "/api/stories", self.body(f"create {i}", text))
            if status == 201:
                self.acked_creates.append((doc["id"], text))
                self.counts["create_ok"] += 1
            elif status is not None:
                self.counts["other"] += 1

            put_text = f"update {i} {uuid.uuid4()}"
            status, doc = self.call("PUT", f"/api/stories/{self.story_id}",
                                    self.body("shared", put_text, self.version))
            if status == 200:
                self.version, self.acked_text, self.unacked_since = doc["version"], put_text, []
                self.counts["put_ok"] += 1
            elif status is None:
                self.unacked_since.append(put_text)
            elif status == 409:
                # Our own unanswered PUT committed just before a kill: read the version again.
                self.refresh()
            else:
                self.counts["other"] += 1

            if i % 5 == 0 and self.version > 0:
                status, _ = self.call("PUT", f"/api/stories/{self.story_id}",
                                      self.body("stale", f"stale {i} must never land", self.version - 1))
                if status == 409:
                    self.counts["stale_409"] += 1
                elif status is not None and 200 <= status < 300:
                    self.counts["stale_accepted"] += 1
                # The refused save left the newer text in place.
                status, doc = self.call("GET", f"/api/stories/{self.story_id}")
                if status == 200 and doc["sections"].get("action", "").startswith("stale"):
                    self.counts["lost_update"] += 1

    def refresh(self):
        status, doc = self.call("GET", f"/api/stories/{self.story_id}")
        if status == 200:
            current = doc["sections"].get("action", "")
            if current in self.unacked_since:
                self.acked_text, self.unacked_since = current, []
            self.version = doc["version"]
            self.counts["refresh_after_409"] += 1


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--db", choices=["h2", "postgres"], default="h2")
    p.add_argument("--kills", type=int, default=3)
    p.add_argument("--run-seconds", type=float, default=12)
    p.add_argument("--port", type=int, default=8291)
    p.add_argument("--h2-url", help="override the H2 URL, e.g. to try settings")
    a = p.parse_args()

    workdir = f"/tmp/storysmith-durability-{a.db}"
    shutil.rmtree(workdir, ignore_errors=True)
    db = "h2"
    if a.db == "postgres":
        db = "storysmith_durability"
        s.psql(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        s.psql(f"CREATE DATABASE {db}")
    extra = ["--storysmith.stories.max-per-user=1000000"]
    if a.h2_url:
        extra.append(f"--spring.datasource.url={a.h2_url}")
    app = s.App(a.port, workdir, db, extra=extra)
    print(f"starting on {a.db} ...", flush=True)
    print(f"  up in {app.start():.1f} s", flush=True)
    user = "durable" + uuid.uuid4().hex[:6]
    token = s.create_token(s.sign_up(app.base, user))
    auth = "Bearer " + token
    status, doc = s.api(app.base, "POST", "/api/stories", auth,
                        {"title": "shared", "framework": "star", "sections": {"action": "initial"}})
    assert status == 201, (status, doc)
    client = Client(app.base, auth, doc["id"], doc["version"], "initial")
    client.start()

    restarts = []
    for k in range(a.kills):
        time.sleep(a.run_seconds)
        before = dict(client.counts)
        app.kill9()
        print(f"kill -9 #{k + 1} after {before['create_ok']} creates / {before['put_ok']} updates acknowledged",
              flush=True)
        took = app.start()
        restarts.append(took)
        print(f"  restarted in {took:.1f} s", flush=True)
    time.sleep(a.run_seconds)
    client.stop.set()
    client.join(30)

    # An id acknowledged twice means the database forgot the first row and handed its id out again.
    missing, wrong = [], []
    for story_id, text in client.acked_creates:
        status, doc = s.api(app.base, "GET", f"/api/stories/{story_id}", auth)
        if status != 200:
            missing.append(story_id)
        elif doc["sections"].get("action") != text:
            wrong.append(story_id)
    reused = len(client.acked_creates) - len({i for i, _ in client.acked_creates})
    status, doc = s.api(app.base, "GET", f"/api/stories/{client.story_id}", auth)
    final = doc["sections"].get("action")
    shared_ok = final == client.acked_text or final in client.unacked_since
    app.stop()

    result = {"db": a.db, "kills": a.kills, "restart_seconds": [round(r, 1) for r in restarts],
              **client.counts, "acked_creates_checked": len(client.acked_creates),
              "acked_creates_missing": len(missing), "acked_creates_wrong_text": len(wrong),
              "ids_handed_out_twice": reused,
              "shared_story_has_last_acked_text": shared_ok}
    print(json.dumps(result, indent=2))
    ok = not missing and not wrong and shared_ok and client.counts["stale_accepted"] == 0 \
        and client.counts["lost_update"] == 0
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
