#!/usr/bin/env bash
# Spark benchmark (issue 11), whole processes on generated SAMPLE DATA (`generate --seed 1`), at each ROWS:
#   infer         Spark local[*] on the CSV and on the same rows as Parquet (`./tiktok-claims convert`, timed too),
#                 the lib (`./tiktok-claims infer`), pandas + statsmodels (bench/model/statsmodels_infer.py);
#   claims score  Spark local[*] on the CSV and on the Parquet against the lib (`./tiktok-claims claims score`), the
#                 model trained once on the course data (`claims train --seed 42`, as bench/claims/run.sh); the
#                 Spark queues are compared byte for byte with the lib's.
# /usr/bin/time -v gives wall time, CPU time (user + system) and peak RSS; the 1-minute load average is read when
# each run ends (the machine may be shared: CPU time is the steadier figure). Median of RUNS runs (wall, CPU; the
# largest RSS and load). Writes docs/benchmarks-spark.md, and the measured section of docs/scale.md (between its
# "bench:spark" markers): rows per CPU-second, and the marginal rate between the smallest and largest ROWS, from
# which the 1-billion-row arithmetic is done.
# usage: bench/spark/run.sh [ROWS...]   (default 1000000; needs make build spark-build dev)
# env:   RUNS (default 3 up to 1,000,000 rows, 1 above)  PYTHON=.venv/bin/python  TIKTOK_DATA (the course data)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ROWS=("$@")
[ ${#ROWS[@]} -eq 0 ] && ROWS=(1000000)
[ -f spark/target/classpath.txt ] || { echo "no spark/target/classpath.txt: run make spark-build first" >&2; exit 2; }
DATA=${TIKTOK_DATA:-../shared/data/tiktok_dataset.csv}
[ -f "$DATA" ] || { echo "no course data at $DATA (set TIKTOK_DATA)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OUT=docs/benchmarks-spark.md
SCALE=docs/scale.md
cores=$(nproc)
started=$(date -u '+%F %H:%M')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
max() { sort -g | tail -1; }
# bench RUNS CMD...: "$@" RUNS times -> "median wall,median CPU,max RSS MiB,max 1-min load at the end"
bench() {
  local runs="$1" walls="" cpus="" rss="" loads="" w c m
  shift
  for ((r = 1; r <= runs; r++)); do
    /usr/bin/time -v "$@" >"$WORK/run.out" 2>"$WORK/run.time" || { tail -5 "$WORK/run.time" >&2; return 1; }
    IFS=, read -r w c m <<<"$(measure "$WORK/run.time" 1)"
    walls+="$w"$'\n'; cpus+="$c"$'\n'; rss+="$m"$'\n'; loads+="$(cut -d' ' -f1 /proc/loadavg)"$'\n'
  done
  printf '%s,%s,%s,%s' "$(printf '%s' "$walls" | median)" "$(printf '%s' "$cpus" | median)" \
    "$(printf '%s' "$rss" | max)" "$(printf '%s' "$loads" | max)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
fmt() { awk -v v="$1" 'BEGIN {printf "%\047.0f", v}'; }

echo "==> claims train on $DATA (the model every queue below is scored with)" >&2
./tiktok-claims claims train --data "$DATA" --model "$WORK/model" --seed 42 >"$WORK/train.out"
model_kind=$(grep -o 'Chosen on validation: [a-z -]*' "$WORK/train.out" | sed 's/Chosen on validation: //; s/ *$//' || true)
# a failed run leaves its fields empty (bench runs in a subshell): stop there
need() { for v in "$@"; do [ -n "$v" ] || { echo "bench/spark: a run failed" >&2; exit 1; }; done; }

# write_report: docs/benchmarks-spark.md from the sizes done so far (DONE), after each size, so that a run stopped
# during a large size keeps the smaller ones; and docs/scale.md's measured section once two sizes are done.
# (Not indented: it holds here-documents.)
write_report() {
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Rates: rows per CPU-second at each size (start-up included), and the marginal rate between the smallest and the
# largest size, (n2 - n1) / (CPU2 - CPU1): rows per second of one busy core once the fixed cost is paid.
lo=${DONE[0]}; hi=${DONE[-1]}
rates_md=""
for what in infer-csv infer-parquet score-csv score-parquet; do
  line="| $what |"
  for n in "${DONE[@]}"; do line+=" $(fmt "$(awk -v n="$n" -v c="${CPU[$what,$n]}" 'BEGIN {print n / c}')") |"; done
  if [ "$lo" != "$hi" ]; then
    m=$(awk -v a="$lo" -v b="$hi" -v ca="${CPU[$what,$lo]}" -v cb="${CPU[$what,$hi]}" 'BEGIN {print (b - a) / (cb - ca)}')
    fixed=$(awk -v a="$lo" -v ca="${CPU[$what,$lo]}" -v m="$m" 'BEGIN {v = ca - a / m; printf "%.0f", v < 0 ? 0 : v}')
    line+=" $(fmt "$m") | $fixed s |"
    eval "MARGINAL_${what//-/_}=$m"
  fi
  rates_md+="$line"$'\n'
done
header="| what | $(for n in "${DONE[@]}"; do printf 'rows per CPU-second at %s rows | ' "$(thousands "$n")"; done)"
sep="|---|$(for _ in "${DONE[@]}"; do printf -- '---:|'; done)"
if [ "$lo" != "$hi" ]; then
  header+="marginal rows per CPU-second (rows per second per core), $(thousands "$lo") to $(thousands "$hi") | fixed CPU cost |"
  sep+="---:|---:|"
fi

{
  echo "### Spark: infer and claims score on Spark local[*] vs the lib vs pandas + statsmodels"
  echo
  echo "SAMPLE DATA from \`./tiktok-claims generate --seed 1\`; whole processes, JVM and Spark start-up included, Spark"
  echo "\`local[*]\` on this machine's $cores cores. Started $started UTC; load average (1, 5, 15 min) $load_start at the"
  echo "start and $load_end at the end, on $cores cores: above $cores the machine was shared and wall times are"
  echo "inflated; CPU time (user + system) is the steadier figure. Median of the runs (3 up to 1,000,000 rows, 1"
  echo "above, unless RUNS is set), peak RSS and the 1-minute load when each run ended: the largest over the runs."
  echo
  echo "**infer** (\`./tiktok-claims infer [--engine spark] --data F --json OUT\`; Spark: the lib's CSV checks in"
  echo "byte-range tasks or Parquet, exact quartiles, GLR IRLS, one pass for the information matrix and the marginal"
  echo "effects; pandas + statsmodels: bench/model/statsmodels_infer.py). Ratios above 1: slower than the reference."
  echo
  echo "| rows | what | wall s | CPU s | peak RSS MiB | load | vs lib (wall / CPU) | vs pandas + statsmodels (wall / CPU) | largest relative difference from the lib: estimate / std error |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$infer_md"
  echo
  echo "**claims score** (\`./tiktok-claims claims score [--engine spark] --model M --data F --out QUEUE.csv\`, M: \`claims"
  echo "train --seed 42\` on the course data, ${model_kind:-see bench/claims}; Spark: the lib's scoring in the tasks, a global sort,"
  echo "the queue written by the driver). Last column: the Spark queue files against the lib's, byte for byte."
  echo
  echo "| rows | what | wall s | CPU s | peak RSS MiB | load | vs lib (wall / CPU) | queue vs lib |"
  echo "|---:|---|---:|---:|---:|---:|---:|---|"
  printf '%s' "$score_md"
  echo
  echo "Rates (docs/scale.md uses them): rows / CPU seconds of the whole process; the marginal rate is"
  echo "(n2 − n1) / (CPU(n2) − CPU(n1)), the cost of more rows once start-up is paid, and the fixed cost"
  echo "CPU(n1) − n1 / marginal rate."
  echo
  echo "$header"
  echo "$sep"
  printf '%s' "$rates_md"
  echo
  echo "Reproduce: \`BENCH_ROWS=\"${DONE[*]}\" BENCH_PARTS=spark make bench\` (or \`bench/spark/run.sh ${DONE[*]}\` after \`make build spark-build dev\`)."
} >"$OUT"
cat "$OUT"

# docs/scale.md, between the markers: the measured rates and the 1-billion-row arithmetic from them.
if grep -q '<!-- bench:spark begin -->' "$SCALE" && [ "$lo" != "$hi" ]; then
  "$PYTHON" - "$SCALE" "$lo" "$hi" "$cores" "$started" "$load_start" "$load_end" \
    "$MARGINAL_infer_csv" "$MARGINAL_infer_parquet" "$MARGINAL_score_csv" "$MARGINAL_score_parquet" \
    "${CPU[infer-csv,$hi]}" "${CPU[infer-parquet,$hi]}" "${CPU[score-csv,$hi]}" "${CPU[score-parquet,$hi]}" \
    "${WALL[infer-csv,$hi]}" "${WALL[infer-parquet,$hi]}" "${WALL[score-csv,$hi]}" "${WALL[score-parquet,$hi]}" <<'PY'
import re, sys
(path, lo, hi, cores, started, load_start, load_end, *v) = sys.argv[1:]
lo, hi, cores = int(lo), int(hi), int(cores)
m_ic, m_ip, m_sc, m_sp, c_ic, c_ip, c_sc, c_sp, w_ic, w_ip, w_sc, w_sp = map(float, v)
B = 1e9
def row(name, m, c, w):
    cpu = B / m
    return (f"| {name} | {hi:,} rows: {w:,.0f} s wall, {c:,.0f} s CPU | **{m:,.0f}** | {cpu:,.0f} s = "
            f"{cpu / 3600:,.1f} core-hours | {cpu / 100 / 60:,.1f} min | {cpu / 600:,.0f} |")
text = f"""<!-- bench:spark begin -->
Written by `bench/spark/run.sh {lo} {hi}` (`BENCH_ROWS="{lo} {hi}" BENCH_PARTS=spark make bench`; the tables are in
docs/benchmarks.md, "Spark"): started {started} UTC on {cores} cores, load average (1, 5, 15 min) {load_start} at the
start and {load_end} at the end (above {cores}: shared with other work; wall times inflated, CPU times steadier).

The **rate per core** is the marginal rate between the two sizes, from CPU time (user + system) of the whole
process: rate = ({hi:,} − {lo:,}) / (CPU({hi:,}) − CPU({lo:,})) rows per CPU-second, i.e. rows per second of one
fully busy core once start-up is paid. The 1-billion-row figures are then, on paper: CPU = 1e9 / rate;
on C cores with perfect scaling, time = 1e9 / (rate × C); cores for 10 minutes = 1e9 / (rate × 600).

| step | measured at the largest size | rate per core (rows/s) | 1e9 rows: CPU | on 100 cores | cores for 10 min |
|---|---|---:|---:|---:|---:|
{row("infer, CSV", m_ic, c_ic, w_ic)}
{row("infer, Parquet", m_ip, c_ip, w_ip)}
{row("claims score, CSV", m_sc, c_sc, w_sc)}
{row("claims score, Parquet", m_sp, c_sp, w_sp)}

Perfect scaling is the optimistic part: the fixed cost of a run (start-up, about fifteen small jobs; the "fixed CPU
cost" column in docs/benchmarks.md), the shuffle of the queue's global sort and the driver writing the queue do not
shrink with more cores (below). Read the last three columns as lower bounds on time and cores.
<!-- bench:spark end -->"""
s = open(path).read()
s = re.sub(r"<!-- bench:spark begin -->.*?<!-- bench:spark end -->", lambda _: text, s, flags=re.S)
open(path, "w").write(s)
print("==> docs/scale.md: measured rates and the 1-billion-row arithmetic rewritten", file=sys.stderr)
PY
fi
}

DONE=()
infer_md=""; score_md=""; declare -A CPU WALL
for n in "${ROWS[@]}"; do
  runs=${RUNS:-$([ "$n" -le 1000000 ] && echo 3 || echo 1)}
  f="$WORK/sample-$n.csv"; pq="$WORK/sample-$n.parquet"
  echo "==> $n rows: generate, convert to Parquet ($runs run(s) of each measurement below)" >&2
  ./tiktok-claims generate --rows "$n" --seed 1 --out "$f" >/dev/null
  size=$(du -m "$f" | cut -f1)
  IFS=, read -r cw cc cm cl <<<"$(bench 1 ./tiktok-claims convert --data "$f" --out "$pq")"
  need "$cl"
  psize=$(du -sm "$pq" | cut -f1)
  echo "==> $n rows: infer (Spark CSV, Spark Parquet, lib, pandas + statsmodels)" >&2
  IFS=, read -r sw sc sm sl <<<"$(bench "$runs" ./tiktok-claims infer --engine spark --data "$f" --json "$WORK/spark.json")"
  IFS=, read -r qw qc qm ql <<<"$(bench "$runs" ./tiktok-claims infer --engine spark --data "$pq" --json "$WORK/parquet.json")"
  IFS=, read -r lw lc lm ll <<<"$(bench "$runs" ./tiktok-claims infer --data "$f" --json "$WORK/lib.json")"
  IFS=, read -r pw pc pm pl <<<"$(bench "$runs" "$PYTHON" bench/model/statsmodels_infer.py "$f")"
  need "$sl" "$ql" "$ll" "$pl"
  worst=$("$PYTHON" - "$WORK/lib.json" "$WORK/spark.json" "$WORK/parquet.json" <<'PY'
import json, sys
lib, *others = (json.load(open(p)) for p in sys.argv[1:])
est = max(abs(o["coefficients"][t]["estimate"] - c["estimate"]) / abs(c["estimate"])
          for o in others for t, c in lib["coefficients"].items())
se = max(abs(o["coefficients"][t]["std_error"] - c["std_error"]) / abs(c["std_error"])
         for o in others for t, c in lib["coefficients"].items())
print("%.0e / %.0e" % (est, se))
PY
)
  N=$(thousands "$n")
  infer_md+="| $N | Spark local[*], CSV ($size MB) | $sw | $sc | $sm | $sl | $(ratio "$sw" "$lw") / $(ratio "$sc" "$lc") | $(ratio "$sw" "$pw") / $(ratio "$sc" "$pc") | $worst |"$'\n'
  infer_md+="| $N | Spark local[*], Parquet ($psize MB) | $qw | $qc | $qm | $ql | $(ratio "$qw" "$lw") / $(ratio "$qc" "$lc") | $(ratio "$qw" "$pw") / $(ratio "$qc" "$pc") | (same) |"$'\n'
  infer_md+="| $N | lib, CSV | $lw | $lc | $lm | $ll | 1 | $(ratio "$lw" "$pw") / $(ratio "$lc" "$pc") | |"$'\n'
  infer_md+="| $N | pandas + statsmodels, CSV | $pw | $pc | $pm | $pl | $(ratio "$pw" "$lw") / $(ratio "$pc" "$lc") | 1 | |"$'\n'
  infer_md+="| $N | (\`convert\` CSV to Parquet, Spark) | $cw | $cc | $cm | $cl | | | |"$'\n'
  echo "==> $n rows: claims score (Spark CSV, Spark Parquet, lib)" >&2
  IFS=, read -r aw ac am al <<<"$(bench "$runs" ./tiktok-claims claims score --engine spark --model "$WORK/model" --data "$f" --out "$WORK/q-spark.csv")"
  IFS=, read -r bw bc bm bl <<<"$(bench "$runs" ./tiktok-claims claims score --engine spark --model "$WORK/model" --data "$pq" --out "$WORK/q-parquet.csv")"
  IFS=, read -r ow oc om ol <<<"$(bench "$runs" ./tiktok-claims claims score --model "$WORK/model" --data "$f" --out "$WORK/q-lib.csv")"
  need "$al" "$bl" "$ol"
  same="identical"
  cmp -s "$WORK/q-lib.csv" "$WORK/q-spark.csv" && cmp -s "$WORK/q-lib.csv" "$WORK/q-parquet.csv" || same="DIFFERENT"
  score_md+="| $N | Spark local[*], CSV | $aw | $ac | $am | $al | $(ratio "$aw" "$ow") / $(ratio "$ac" "$oc") | $same |"$'\n'
  score_md+="| $N | Spark local[*], Parquet | $bw | $bc | $bm | $bl | $(ratio "$bw" "$ow") / $(ratio "$bc" "$oc") | $same |"$'\n'
  score_md+="| $N | lib, CSV | $ow | $oc | $om | $ol | 1 | |"$'\n'
  for k in infer-csv:$sc:$sw infer-parquet:$qc:$qw score-csv:$ac:$aw score-parquet:$bc:$bw; do
    IFS=: read -r what c w <<<"$k"
    CPU[$what,$n]=$c; WALL[$what,$n]=$w
  done
  rm -rf "$f" "$pq" "$WORK"/q-*.csv
  DONE+=("$n")
  write_report
done
