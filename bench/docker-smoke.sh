#!/usr/bin/env bash
# Docker smoke test: the image builds, runs as a non-root user, turns healthy, and a story
# saved through the API survives replacing the container (the H2 file lives in a named volume
# on /app/data).
#
#   bench/docker-smoke.sh
#
# Base images: eclipse-temurin by default; where no registry is reachable, build local ones
# once with ../shared/tools/local-base-images.sh and run
#   BUILD_IMAGE=local/debian-jdk:17 RUN_IMAGE=local/debian-jre:17 bench/docker-smoke.sh
# (the script picks those two by itself when they exist). PORT (default 8097) is the host port.
# Everything it creates (container, volume, image tag storysmith:smoke) is removed at the end
# unless KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
IMAGE=storysmith:smoke
NAME=storysmith-smoke-$$
VOLUME=storysmith-smoke-data-$$
if docker image inspect local/debian-jdk:17 >/dev/null 2>&1 && docker image inspect local/debian-jre:17 >/dev/null 2>&1; then
  BUILD_IMAGE=${BUILD_IMAGE:-local/debian-jdk:17}
  RUN_IMAGE=${RUN_IMAGE:-local/debian-jre:17}
fi
BASE="http://127.0.0.1:$PORT"
USERNAME="smoke$$"
PASSWORD="smoke-test-passphrase-$RANDOM-x"
JAR=$(mktemp)

say() { printf '[docker-smoke] %s\n' "$*"; }
fail() { say "FAILED: $*"; docker logs --tail 40 "$NAME" 2>&1 || true; exit 1; }
cleanup() {
  rm -f "$JAR"
  if [ "${KEEP:-0}" != 1 ]; then
    docker rm -f "$NAME" >/dev/null 2>&1 || true
    docker volume rm "$VOLUME" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

say "building $IMAGE (base images: ${BUILD_IMAGE:-default} / ${RUN_IMAGE:-default})"
build_args=()
[ -n "${BUILD_IMAGE:-}" ] && build_args+=(--build-arg "BUILD_IMAGE=$BUILD_IMAGE")
[ -n "${RUN_IMAGE:-}" ] && build_args+=(--build-arg "RUN_IMAGE=$RUN_IMAGE")
started=$(date +%s)
docker build --network host "${build_args[@]}" -t "$IMAGE" . >/tmp/docker-smoke-build.log 2>&1 \
  || { tail -30 /tmp/docker-smoke-build.log; fail "docker build (log: /tmp/docker-smoke-build.log)"; }
say "built in $(( $(date +%s) - started )) s; layers: $(docker history -q "$IMAGE" | wc -l)"

user=$(docker image inspect --format '{{.Config.User}}' "$IMAGE")
[ -n "$user" ] && [ "$user" != root ] && [ "$user" != 0 ] || fail "the image runs as root (User='$user')"
docker image inspect --format '{{json .Config.Healthcheck}}' "$IMAGE" | grep -q actuator/health \
  || fail "the image has no health check"

docker volume create "$VOLUME" >/dev/null

start() {
  # A shorter interval than the image's 30 s only to keep the smoke test quick.
  docker run -d --name "$NAME" -p "127.0.0.1:$PORT:8080" -v "$VOLUME:/app/data" \
    --health-interval=3s "$IMAGE" >/dev/null
  local waited=0 status=
  while [ $waited -lt 240 ]; do
    status=$(docker inspect --format '{{.State.Health.Status}}' "$NAME" 2>/dev/null || echo gone)
    [ "$status" = healthy ] && break
    [ "$status" = gone ] || [ "$(docker inspect --format '{{.State.Running}}' "$NAME")" = false ] \
      && fail "the container stopped"
    sleep 2; waited=$((waited + 2))
  done
  [ "$status" = healthy ] || fail "not healthy after ${waited} s (status: $status)"
  say "container healthy after ~${waited} s, running as uid $(docker exec "$NAME" id -u)"
}

start
[ "$(docker exec "$NAME" id -u)" != 0 ] || fail "the process runs as root"

# An account, through the registration form like a person would (CSRF token from the page).
csrf=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/register" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$csrf" ] || fail "no CSRF token on /register"
code=$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" "$BASE/register" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "username=$USERNAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "confirmPassword=$PASSWORD")
[ "$code" = 302 ] || fail "registration answered $code"

title="Smoke test story $$"
created=$(curl -fsS -u "$USERNAME:$PASSWORD" -H 'Content-Type: application/json' "$BASE/api/stories" \
  -d "{\"title\":\"$title\",\"framework\":\"star\",\"sections\":{\"action\":\"I moved the cache in front of the pricing call and cut p95 from 1.4 s to 420 ms.\"}}") \
  || fail "saving a story through the API"
id=$(printf '%s' "$created" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
[ -n "$id" ] || fail "no id in the answer: $created"
say "saved story $id"

say "replacing the container (same volume)"
docker rm -f "$NAME" >/dev/null
start

story=$(curl -fsS -u "$USERNAME:$PASSWORD" "$BASE/api/stories/$id") || fail "story $id is gone after the restart"
printf '%s' "$story" | grep -q "\"title\":\"$title\"" || fail "story $id came back different: $story"
say "PASSED: story $id survived replacing the container"
