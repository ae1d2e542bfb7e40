#!/usr/bin/env bash
# Spark benchmark (issue 11): the course Logit on generated SAMPLE DATA, as whole processes, by
#   Spark local[*]  `./tiktok-claims infer --engine spark` on the CSV and on the same rows as Parquet
#                   (`./tiktok-claims convert`), every core of this machine;
#   the lib         `./tiktok-claims infer` (one JVM, streaming load + Newton fit);
#   Python          pandas + statsmodels (bench/model/statsmodels_infer.py).
# /usr/bin/time -v gives wall time, CPU time (user + system) and peak RSS; each runs RUNS times (median wall and
# CPU, largest RSS). Writes docs/benchmarks-spark.md and prints rows per second per core for docs/scale.md.
# usage: bench/spark/run.sh [ROWS...]   (default 1000000; needs make build spark-build dev)
# env:   RUNS=1  PYTHON=.venv/bin/python
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
RUNS=${RUNS:-1}
ROWS=("$@")
[ ${#ROWS[@]} -eq 0 ] && ROWS=(1000000)
[ -f spark/target/classpath.txt ] || { echo "no spark/target/classpath.txt: run make spark-build first" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OUT=docs/benchmarks-spark.md
cores=$(nproc)

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
bench() {  # "$@" RUNS times -> "median wall,median CPU,max RSS"
  local walls="" cpus="" rss=0 w c m
  for ((r = 1; r <= RUNS; r++)); do
    /usr/bin/time -v "$@" >"$WORK/run.out" 2>"$WORK/run.time" || { tail -3 "$WORK/run.time" >&2; return 1; }
    IFS=, read -r w c m <<<"$(measure "$WORK/run.time" 1)"
    walls+="$w"$'\n'; cpus+="$c"$'\n'
    [ "$m" -gt "$rss" ] && rss=$m
  done
  printf '%s,%s,%s' "$(printf '%s' "$walls" | median)" "$(printf '%s' "$cpus" | median)" "$rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

rows_md=""; rates=""
for n in "${ROWS[@]}"; do
  f="$WORK/sample-$n.csv"; pq="$WORK/sample-$n.parquet"
  ./tiktok-claims generate --rows "$n" --seed 1 --out "$f" >/dev/null
  ./tiktok-claims convert --data "$f" --out "$pq" >/dev/null
  IFS=, read -r sw sc sm <<<"$(bench ./tiktok-claims infer --engine spark --data "$f" --json "$WORK/spark.json")"
  IFS=, read -r qw qc qm <<<"$(bench ./tiktok-claims infer --engine spark --data "$pq" --json "$WORK/parquet.json")"
  IFS=, read -r lw lc lm <<<"$(bench ./tiktok-claims infer --data "$f" --json "$WORK/lib.json")"
  IFS=, read -r pw pc pm <<<"$(bench "$PYTHON" bench/model/statsmodels_infer.py "$f")"
  same=$("$PYTHON" - "$WORK/lib.json" "$WORK/spark.json" "$WORK/parquet.json" <<'PY'
import json, sys
lib, *others = (json.load(open(p)) for p in sys.argv[1:])
worst = max(abs(o["coefficients"][t]["estimate"] - c["estimate"]) / abs(c["estimate"])
            for o in others for t, c in lib["coefficients"].items())
print("%.0e" % worst)
PY
)
  printf -v line '| %s | %s s / %s s / %s MiB | %s s / %s s / %s MiB | %s s / %s s / %s MiB | %s s / %s s / %s MiB | %s / %s / %s | %s |' \
    "$(thousands "$n")" "$sw" "$sc" "$sm" "$qw" "$qc" "$qm" "$lw" "$lc" "$lm" "$pw" "$pc" "$pm" \
    "$(ratio "$sw" "$lw")" "$(ratio "$qw" "$lw")" "$(ratio "$sw" "$pw")" "$same"
  echo "$line"
  rows_md+="$line"$'\n'
  rates+="- $(thousands "$n") rows: Spark CSV $(awk -v n="$n" -v w="$sw" -v c="$cores" 'BEGIN {printf "%\047.0f", n / w / c}') rows/s/core (wall), $(awk -v n="$n" -v c="$sc" 'BEGIN {printf "%\047.0f", n / c}') rows per CPU-second; Parquet $(awk -v n="$n" -v w="$qw" -v c="$cores" 'BEGIN {printf "%\047.0f", n / w / c}') rows/s/core (wall), $(awk -v n="$n" -v c="$qc" 'BEGIN {printf "%\047.0f", n / c}') rows per CPU-second"$'\n'
  rm -rf "$f" "$pq"
done

{
  echo "### Spark: the course Logit on Spark local[*] vs the lib vs pandas + statsmodels"
  echo
  echo "SAMPLE DATA from \`./tiktok-claims generate --seed 1\`. Whole processes, JVM and Spark start-up included:"
  echo "\`./tiktok-claims infer --engine spark\` (local[*], $cores cores; CSV validated by the lib's reader in"
  echo "byte-range tasks, or Parquet from \`./tiktok-claims convert\`; exact quartiles, Spark ML GLR IRLS, information"
  echo "matrix and marginal effects), \`./tiktok-claims infer\` (the lib) and pandas + statsmodels"
  echo "(bench/model/statsmodels_infer.py). Median of $RUNS run(s) (wall, CPU = user + system) and peak RSS from"
  echo "\`/usr/bin/time -v\`. $(date -u +%F); the machine was SHARED with other work (load average"
  echo "$(cut -d' ' -f1 /proc/loadavg) at the end on $cores cores), so wall times are inflated and noisy; the CPU"
  echo "times are the steadier figure. Ratios are wall-time ratios (above 1: Spark slower)."
  echo
  echo "| rows | Spark CSV (wall / CPU / RSS) | Spark Parquet (wall / CPU / RSS) | lib (wall / CPU / RSS) | pandas + statsmodels (wall / CPU / RSS) | Spark CSV / lib, Spark Parquet / lib, Spark CSV / Python | largest relative difference of an estimate, Spark vs lib |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows_md"
  echo
  echo "Rates (used in docs/scale.md):"
  echo
  printf '%s' "$rates"
  echo
  echo "Reproduce: \`make build spark-build dev && bench/spark/run.sh ${ROWS[*]}\` (or \`BENCH_PARTS=spark make bench\`)."
} >"$OUT"
cat "$OUT"
