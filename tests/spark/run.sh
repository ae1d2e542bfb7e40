#!/usr/bin/env bash
# Whole-process checks of ./tiktok-claims --engine spark (issue 11), after `make spark-build`:
#  1. a bad CSV value and a corrupt Parquet file are refused with exit 2 and exactly one line on stderr;
#  2. a REAL Spark standalone cluster on 127.0.0.1 (a master and one worker started from the project's own Maven
#     jars: SPARK_HOME is a temporary folder whose jars/ links to spark/target/classpath.txt; no downloaded Spark)
#     runs `infer --master spark://127.0.0.1:PORT` on the course data; its JSON matches the lib's infer (estimates
#     1e-6, standard errors 1e-5 relative); the master and worker are stopped afterwards.
# Usage: tests/spark/run.sh   (TIKTOK_DATA: the course data; about 2-3 minutes on 2 cores). Exit 1 naming failures.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cli="$root/tiktok-claims"
data="${TIKTOK_DATA:-$root/../shared/data/tiktok_dataset.csv}"
java_home="${JAVA_HOME:-$("$root/scripts/find-java17")}"
py="$root/.venv/bin/python"
[ -x "$py" ] || py=python3
tmp="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# refused NAME PREFIX ARGS...: exit 2 and one stderr line starting with PREFIX.
refused() {
  local name="$1" prefix="$2"
  shift 2
  timeout -k 10 300 "$cli" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local status=$?
  [ "$status" -eq 2 ] || fail "$name: exit $status, expected 2: $(head -c 400 "$tmp/$name.err")"
  [ "$(wc -l <"$tmp/$name.err")" -eq 1 ] || fail "$name: stderr is not one line: $(head -c 600 "$tmp/$name.err")"
  case "$(cat "$tmp/$name.err")" in
    "$prefix"*) ;;
    *) fail "$name: stderr does not start with '$prefix': $(head -c 300 "$tmp/$name.err")" ;;
  esac
  echo "  ok  $name: $(cat "$tmp/$name.err")"
}

# 1. bad input, one line, exit 2
head -n 200 "$data" >"$tmp/bad.csv"
sed -i '150s/,[0-9.]*$/,-3.0/' "$tmp/bad.csv"
refused bad-csv "$tmp/bad.csv:150: column video_comment_count: " infer --engine spark --data "$tmp/bad.csv"
printf 'PAR1 not really parquet PAR1' >"$tmp/corrupt.parquet"
refused bad-parquet "$tmp/corrupt.parquet: not a readable Parquet file" infer --engine spark --data "$tmp/corrupt.parquet"

# 2. standalone cluster from the project's jars
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
home="$tmp/spark-home"
mkdir -p "$home/jars"
tr ':' '\n' <"$root/spark/target/classpath.txt" | while read -r jar; do ln -s "$jar" "$home/jars/"; done
flags="$(sed 's/--add-modules=jdk.incubator.vector//' "$root/spark/target/jvm-flags.txt")"
port="$(free_port)"
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 JAVA_HOME="$java_home"
# shellcheck disable=SC2086
"$java_home/bin/java" $flags -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$(free_port)" >"$tmp/master.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
"$java_home/bin/java" $flags -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 1500m --webui-port "$(free_port)" --work-dir "$tmp/work" \
  "spark://127.0.0.1:$port" >"$tmp/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do
  grep -qs "Successfully registered with master" "$tmp/worker.log" && break
  sleep 1
done
if ! grep -qs "Successfully registered with master" "$tmp/worker.log"; then
  fail "standalone: the worker did not register: $(tail -5 "$tmp/worker.log")"
else
  echo "  ok  standalone master spark://127.0.0.1:$port and one worker are up"
  "$cli" infer --data "$data" --json "$tmp/lib.json" >/dev/null || fail "lib infer failed"
  if timeout -k 10 600 "$cli" infer --engine spark --master "spark://127.0.0.1:$port" --data "$data" \
      --json "$tmp/cluster.json" >"$tmp/cluster.out" 2>"$tmp/cluster.err"; then
    grep -q "app-" "$tmp/worker.log" || fail "standalone: the worker ran no executor for the job"
    "$py" - "$tmp/lib.json" "$tmp/cluster.json" <<'PY' || fail "standalone: infer differs from the lib"
import json, sys
lib, spark = (json.load(open(p)) for p in sys.argv[1:3])
assert list(lib) == list(spark), "fields differ"
assert lib["n"] == spark["n"], (lib["n"], spark["n"])
for term, a in lib["coefficients"].items():
    b = spark["coefficients"][term]
    assert abs(a["estimate"] - b["estimate"]) <= 1e-6 * abs(a["estimate"]), term
    assert abs(a["std_error"] - b["std_error"]) <= 1e-5 * abs(a["std_error"]), term
print("  ok  infer --master spark://127.0.0.1 matches the lib: n = %d, %d terms" % (spark["n"], len(lib["coefficients"])))
PY
  else
    fail "standalone: infer exit $?: $(head -c 600 "$tmp/cluster.err")"
  fi
fi
if [ "$failures" -gt 0 ]; then
  echo "tests/spark: $failures failed" >&2
  exit 1
fi
echo "tests/spark: all passed"
