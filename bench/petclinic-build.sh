#!/bin/sh
# Builds spring-petclinic, the yardstick of bench/compare.py, into a folder OUTSIDE this
# repository (its code is never committed here). Usage:
#   bench/petclinic-build.sh /tmp/petclinic [git-url-or-path]
# The source defaults to the public repository; any clone works (e.g. a local mirror).
# Afterwards the jar is DIR/target/spring-petclinic-*.jar; give DIR to bench/compare.py.
set -eu
dir=${1:?usage: bench/petclinic-build.sh DIR [git-url-or-path]}
source=${2:-https://github.com/spring-projects/spring-petclinic.git}
case "$(cd "$(dirname "$dir")" && pwd)/" in
  "$(cd "$(dirname "$0")/.." && pwd)"/*) echo "DIR must be outside the Storysmith repository" >&2; exit 2 ;;
esac
[ -d "$dir/.git" ] || git clone --quiet "$source" "$dir"
cd "$dir"
git log --oneline -1
# Checkstyle, formatting and tests are petclinic's own checks, not part of the comparison.
./mvnw -B -q -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip -Djacoco.skip -Dcyclonedx.skip package
ls target/spring-petclinic-*.jar
