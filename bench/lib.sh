# shellcheck shell=bash
# Shared set-up and helpers of the bench scripts; source it after `set -euo pipefail`:
#   source "$(dirname "$0")/../lib.sh"
# It moves to the repository root and sets, unless already set in the environment,
#   BUILD=lib/target          build folder with classes/ and classpath.txt (mvn -DskipTests package)
#   PYTHON=.venv/bin/python
# then CP, the Java class path of that build (exit 2 when the build is missing).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${BUILD:-lib/target}
PYTHON=${PYTHON:-.venv/bin/python}
[ -f "$BUILD/classpath.txt" ] || { echo "no $BUILD/classpath.txt: run mvn -DskipTests package first" >&2; exit 2; }
CP="$BUILD/classes:$(cat "$BUILD/classpath.txt")"

# "wall seconds,CPU seconds (user + system),peak RSS MiB" from a /usr/bin/time -v log; times with DECIMALS
# decimals (default 1)
# usage: measure LOG [DECIMALS]
measure() {
  awk -F': ' -v d="${2:-1}" '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]}
              /User time|System time/ {c += $2}
              /Maximum resident set size/ {m = $2 / 1024}
              END {printf "%." d "f,%." d "f,%.0f", s, c, m}' "$1"
}

# an integer with comma thousands separators: 1000000 -> 1,000,000
thousands() { echo "$1" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }
