#!/usr/bin/env bash
# Whole-process checks of ./tiktok-claims --engine spark (issue 11), after `make spark-build`:
#  1. a bad CSV value and a corrupt Parquet file are refused with exit 2 and exactly one line on stderr;
#  2. a REAL Spark standalone cluster on 127.0.0.1: a master and one worker started from Spark's own Maven jars
#     (SPARK_HOME is a temporary folder whose jars/ links to the jars of spark-only.pom.xml: Spark without our code,
#     as an installed Spark; no downloaded Spark distribution). On it, with the executors on the worker:
#     a. `./tiktok-claims infer --engine spark --master spark://127.0.0.1:PORT --json -` on the course data;
#     b. `spark-submit --master spark://... --class tiktokclaims.spark.SparkMain tiktok-claims-spark-job.jar infer`,
#        the README's command (spark-submit is the class org.apache.spark.deploy.SparkSubmit, run as bin/spark-class
#        runs it); both JSONs match the lib's infer (estimates and marginal effects 1e-6, standard errors 1e-5);
#     c. `claims score` by spark-submit (--out FILE) and by the launcher (--out -, standard output): both queues
#        byte-identical to the lib's on a generated file.
#     The master and worker are stopped afterwards.
# Usage: tests/spark/run.sh   (TIKTOK_DATA: the course data; about 3-5 minutes on 2 cores). Exit 1 naming failures.
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

# 2. a standalone cluster as an installed Spark has it: SPARK_HOME/jars holds Spark's own jars only (spark-only.pom.xml,
#    resolved from the local Maven repository), so our code reaches the executors only in the job jar.
free_port() { "$py" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
home="$tmp/spark-home"
mkdir -p "$home/jars"
JAVA_HOME="$java_home" mvn -B -q -f "$root/tests/spark/spark-only.pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$tmp/spark-only.txt" >"$tmp/mvn.log" 2>&1 || fail "resolving Spark's jars: $(tail -3 "$tmp/mvn.log")"
tr ':' '\n' <"$tmp/spark-only.txt" | while read -r jar; do ln -s "$jar" "$home/jars/"; done
grep -q tiktok "$tmp/spark-only.txt" && fail "Spark's jars include ours"
job="$root/spark/target/tiktok-claims-spark-job.jar"
flags="$(sed 's/--add-modules=jdk.incubator.vector//' "$root/spark/target/jvm-flags.txt")"
port="$(free_port)"
master="spark://127.0.0.1:$port"
export SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 JAVA_HOME="$java_home"
# shellcheck disable=SC2086
"$java_home/bin/java" $flags -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$(free_port)" >"$tmp/master.log" 2>&1 &
pids+=($!)
# shellcheck disable=SC2086
"$java_home/bin/java" $flags -Xmx512m -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores 2 --memory 1500m --webui-port "$(free_port)" --work-dir "$tmp/work" \
  "$master" >"$tmp/worker.log" 2>&1 &
pids+=($!)

# same_infer NAME JSON: the JSON matches the lib's infer (same fields; estimates 1e-6, standard errors 1e-5 relative).
same_infer() {
  "$py" - "$tmp/lib.json" "$2" "$1" <<'PY' || fail "$1: infer differs from the lib"
import json, sys
lib, spark = (json.load(open(p)) for p in sys.argv[1:3])
def paths(d, pre=""):
    return [p for k, v in d.items() for p in [pre + k] + (paths(v, pre + k + ".") if isinstance(v, dict) else [])]
assert paths(lib) == paths(spark), "fields differ"
assert lib["n"] == spark["n"], (lib["n"], spark["n"])
for section, value in (("coefficients", "estimate"), ("marginal_effects", "dy_dx")):
    for term, a in lib[section].items():
        b = spark[section][term]
        assert abs(a[value] - b[value]) <= 1e-6 * abs(a[value]), (section, term)
        assert abs(a["std_error"] - b["std_error"]) <= 1e-5 * abs(a["std_error"]), (section, term)
print("  ok  %s: infer matches the lib: n = %d, %d terms" % (sys.argv[3], spark["n"], len(lib["coefficients"])))
PY
}
# ran_on_worker NAME BEFORE: the worker launched an executor since BEFORE executors.
executors() { grep -c "Asked to launch executor" "$tmp/worker.log"; }
ran_on_worker() { [ "$(executors)" -gt "$2" ] || fail "$1: the worker ran no executor for the job"; }
# submit NAME ARGS...: spark-submit as README documents it, with the job jar; spark-submit is the class SparkSubmit
# of Spark's jars, run as bin/spark-class runs it (the JVM flags of JavaModuleOptions, driver memory 1g).
submit() {
  local name="$1"
  shift
  # shellcheck disable=SC2086
  timeout -k 10 600 "$java_home/bin/java" $flags -Xmx1g -cp "$home/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --class tiktokclaims.spark.SparkMain "$job" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" \
    || { fail "$name: spark-submit exit $?: $(grep -v ' INFO ' "$tmp/$name.err" | head -c 600)"; return 1; }
}

for _ in $(seq 120); do
  grep -qs "Successfully registered with master" "$tmp/worker.log" && break
  sleep 1
done
if ! grep -qs "Successfully registered with master" "$tmp/worker.log"; then
  fail "standalone: the worker did not register: $(tail -5 "$tmp/worker.log")"
else
  echo "  ok  standalone master $master and one worker are up (SPARK_HOME/jars: $(ls "$home/jars" | wc -l) Spark jars, none of ours)"
  "$cli" infer --data "$data" --json "$tmp/lib.json" >/dev/null || fail "lib infer failed"
  # a. the launcher: the driver here, the executors on the worker; --json - puts the JSON alone on standard output
  before=$(executors)
  if timeout -k 10 600 "$cli" infer --engine spark --master "$master" --data "$data" --json - \
      >"$tmp/cluster.json" 2>"$tmp/cluster.err"; then
    ran_on_worker "launcher infer --json -" "$before"
    same_infer "launcher: infer --master $master --json -" "$tmp/cluster.json"
  else
    fail "launcher infer --master: exit $?: $(head -c 600 "$tmp/cluster.err")"
  fi
  # b. spark-submit infer, as documented
  before=$(executors)
  if submit submit-infer infer --data "$data" --json "$tmp/submit.json"; then
    ran_on_worker "spark-submit infer" "$before"
    grep -q "^Logit regression results" "$tmp/submit-infer.out" || fail "spark-submit infer printed no summary"
    same_infer "spark-submit --class tiktokclaims.spark.SparkMain JOB.jar infer" "$tmp/submit.json"
  fi
  # c. the review queue: spark-submit with --out FILE, the launcher with --out -; both byte-identical to the lib's
  "$cli" generate --rows 4000 --seed 3 --out "$tmp/train.csv" >/dev/null
  "$cli" claims train --data "$tmp/train.csv" --model "$tmp/model" --trees 10 >/dev/null || fail "claims train failed"
  "$cli" generate --rows 20000 --seed 4 --out "$tmp/score.csv" >/dev/null
  "$cli" claims score --model "$tmp/model" --data "$tmp/score.csv" --out "$tmp/queue-lib.csv" >/dev/null \
    || fail "lib claims score failed"
  before=$(executors)
  if submit submit-score claims score --model "$tmp/model" --data "$tmp/score.csv" --out "$tmp/queue-submit.csv"; then
    ran_on_worker "spark-submit claims score" "$before"
    cmp -s "$tmp/queue-lib.csv" "$tmp/queue-submit.csv" && echo "  ok  spark-submit claims score: the queue is byte-identical to the lib's" \
      || fail "spark-submit claims score: the queue differs from the lib's"
  fi
  if timeout -k 10 600 "$cli" claims score --engine spark --master "$master" --model "$tmp/model" --data "$tmp/score.csv" \
      --out - >"$tmp/queue-stdout.csv" 2>"$tmp/score-stdout.err"; then
    cmp -s "$tmp/queue-lib.csv" "$tmp/queue-stdout.csv" && echo "  ok  launcher claims score --out -: standard output is the lib's queue, byte for byte" \
      || fail "launcher claims score --out -: standard output differs from the lib's queue: $(head -c 300 "$tmp/queue-stdout.csv")"
  else
    fail "launcher claims score --out -: exit $?: $(head -c 600 "$tmp/score-stdout.err")"
  fi
fi
if [ "$failures" -gt 0 ]; then
  echo "tests/spark: $failures failed" >&2
  exit 1
fi
echo "tests/spark: all passed"
