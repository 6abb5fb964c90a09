"""Helpers shared by the bench scripts: start/stop the app jar, sign up through the UI,
create a personal access token, call the JSON API. Standard library only."""
import base64
import http.cookiejar
import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "bench harbour 47 copper"


def jar():
    if os.environ.get("STORYSMITH_JAR"):
        return os.environ["STORYSMITH_JAR"]
    target = os.path.join(ROOT, "target")
    jars = [f for f in os.listdir(target) if f.startswith("storysmith-") and f.endswith(".jar")]
    if not jars:
        raise SystemExit("build the jar first: ./mvnw -B -DskipTests package")
    return os.path.join(target, sorted(jars)[-1])


def psql(sql, db="postgres"):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-qAtc", sql], check=True,
                   capture_output=True)


class App:
    """One app process on a port; `db` is 'h2' (file database in workdir) or a PostgreSQL database name."""

    def __init__(self, port, workdir, db="h2", extra=(), jar_path=None, log_name=None):
        self.port, self.workdir, self.db, self.extra = port, workdir, db, list(extra)
        self.jar = jar_path or jar()
        self.log_path = os.path.join(workdir, log_name or f"app-{port}.log")
        self.proc = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=240):
        os.makedirs(self.workdir, exist_ok=True)
        args = ["java", "-Xmx512m", "-jar", self.jar, f"--server.port={self.port}"]
        if self.db != "h2":
            args += ["--spring.profiles.active=postgres",
                     f"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/{self.db}"]
        args += self.extra
        log = open(self.log_path, "a")
        self.proc = subprocess.Popen(args, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT)
        started = time.time()
        while time.time() - started < timeout:
            if self.proc.poll() is not None:
                raise SystemExit(f"app exited early, see {self.log_path}")
            try:
                with urllib.request.urlopen(self.base + "/actuator/health", timeout=2) as r:
                    if r.status == 200:
                        return time.time() - started
            except Exception:
                pass
            time.sleep(0.5)
        raise SystemExit(f"app did not become healthy in {timeout}s, see {self.log_path}")

    def kill9(self):
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()


class Browser:
    """A cookie-keeping client for the HTML pages (forms with CSRF tokens)."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=30) as r:
            return r.read().decode()

    def post_form(self, path, form_path, fields):
        page = self.get(form_path)
        token = re.search(r'name="_csrf"\s+value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "_csrf": token}).encode()
        with self.opener.open(self.base + path, data=data, timeout=30) as r:
            return r.read().decode()


def sign_up(base, username, password=PASSWORD):
    b = Browser(base)
    b.post_form("/register", "/register",
                {"username": username, "password": password, "confirmPassword": password})
    b.post_form("/login", "/login", {"username": username, "password": password})
    return b


def create_token(browser, name="bench"):
    page = browser.post_form("/account/tokens", "/account", {"name": name})
    return re.search(r"(ssk_[A-Za-z0-9_-]{20,})", page).group(1)


def basic(username, password=PASSWORD):
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def api(base, method, path, auth, body=None, timeout=10):
    """Answers (status, parsed JSON or None); raises OSError when no HTTP answer came back."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": auth, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, None
