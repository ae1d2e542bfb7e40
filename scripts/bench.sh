#!/usr/bin/env bash
# make bench: every benchmark, each against the Python reference timed in the same run, then docs/benchmarks.md.
#   1. the notebook workflow: notebooks 01-05 executed and rendered as `make report` does them, and 06-claims alone,
#      against the course exemplar's analysis as a Python notebook (pandas, seaborn, scikit-learn) executed and
#      rendered the same way (scripts/run_notebooks.py); kernel cold start; where the time goes (kernel_timing.py);
#   2. load + validate + clean (bench/data/run.sh), 3. infer (bench/model/run.sh), 4. claims (bench/claims/run.sh),
#   5. spark (bench/spark/run.sh): infer and claims score on Spark local[*], CSV and Parquet, against the lib and
#      pandas + statsmodels; with two sizes it also rewrites docs/scale.md's measured rates and 1e9-row arithmetic.
# BENCH_ROWS (default 1000000) sets the generated file sizes; BENCH_ROWS="1000000 10000000" adds 10M rows.
# BENCH_PARTS (default "workflow data model claims spark") reruns only some parts; the others' figures are kept.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
py=.venv/bin/python
export TIKTOK_DATA="${TIKTOK_DATA:-$(cd .. && pwd)/shared/data/tiktok_dataset.csv}"
read -r -a rows <<<"${BENCH_ROWS:-1000000}"
parts=" ${BENCH_PARTS:-workflow data model claims spark} "
want() { [[ "$parts" == *" $1 "* ]]; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
frag=docs/benchmarks-workflow.md

if want workflow; then
echo "==> Kernel cold start (5 runs)"
"$py" scripts/kernel_timing.py --runs 5 2>/dev/null | tee "$work/kernel.txt"

run_timed() {  # "wall cpu" seconds (cpu = user + sys of the command and its children); output to $work/last.log
  local t
  t="$( { TIMEFORMAT='%R %U %S'; time "$@" >"$work/last.log" 2>&1; } 2>&1 )" || { cat "$work/last.log" >&2; return 1; }
  awk '{printf "%.1f %.1f", $1, $2 + $3}' <<<"$t"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "==> Notebooks 01-05 (as make report runs them: executed 2 at a time and rendered), 06-claims alone, and the"
echo "    course exemplar as one Python notebook and as one Java notebook, each by scripts/run_notebooks.py (3 runs)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall cpu last
for i in 1 2 3; do
  for what in regression fresh claims python java; do
    case $what in
      regression) set -- notebooks/0[1-5]-*.ipynb --jobs 2 ;;
      fresh) set -- notebooks/0[1-5]-*.ipynb --jobs 2 --no-pool ;;
      claims) set -- notebooks/06-claims.ipynb ;;
      python) set -- bench/python/exemplar.ipynb ;;
      java) set -- bench/java/exemplar.ipynb ;;
    esac
    read -r w c <<<"$(run_timed "$py" scripts/run_notebooks.py --out "$work/$what" "$@")"
    wall[$what]+="$w "; cpu[$what]+="$c "; last[$what]=$w
    cp "$work/last.log" "$work/$what.log"
  done
  echo "  run $i (wall s): 01-05 ${last[regression]} (a JVM per notebook: ${last[fresh]}); 06-claims ${last[claims]}; exemplar: Python ${last[python]}," \
       "Java ${last[java]}"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
# 06-claims: the tree counts it trained with, as its page says them.
trees="$(tr -d '*' <"$work/claims/06-claims.ipynb" | sed 's#</*b>##g' \
  | grep -o 'random forest has [0-9]* trees and its boosting [0-9]* rounds' | head -1 || true)"
echo "==> Where a notebook's time goes (scripts/kernel_timing.py --breakdown, notebooks 01-05 one at a time, 3 runs)"
"$py" scripts/kernel_timing.py --breakdown notebooks/0[1-5]-*.ipynb --runs 3 2>/dev/null | tee "$work/breakdown.txt"
rw=$(median ${wall[regression]}); rc=$(median ${cpu[regression]})
fw=$(median ${wall[fresh]}); fc=$(median ${cpu[fresh]})
cw=$(median ${wall[claims]}); cc=$(median ${cpu[claims]})
pw=$(median ${wall[python]}); pc=$(median ${cpu[python]})
jw=$(median ${wall[java]}); jc=$(median ${cpu[java]})
{
  echo "### Notebook workflow"
  echo
  echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
  echo "$(java -version 2>&1 | head -1), JJava $(.venv/bin/pip show jjava 2>/dev/null | awk '/^Version/ {print $2}')."
  echo "Load average (1, 5, 15 min) $load_before before, $load_after after. Measured by \`make bench\`"
  echo "(\`BENCH_PARTS=workflow scripts/bench.sh\`); medians of 3 runs; CPU is user + sys of the runner and its kernels."
  echo
  echo "| what (each by \`scripts/run_notebooks.py\`: executed, then both pages rendered) | median wall | median CPU |"
  echo "|---|---:|---:|"
  echo "| the course exemplar as one Python notebook (bench/python/exemplar.ipynb) | $pw s | $pc s |"
  echo "| notebooks 01-05, 2 at a time (as \`make report\`: each worker runs its notebooks in one warm JVM, a fresh JShell each) | $rw s | $rc s |"
  echo "| the same, each notebook in a JVM of its own, as JupyterLab runs them (\`--no-pool\`) | $fw s | $fc s |"
  echo "| ratio, notebooks 01-05 / the Python exemplar (goal: at most 2) | $(awk -v a="$rw" -v b="$pw" 'BEGIN {printf "%.2f", a / b}') | $(awk -v a="$rc" -v b="$pc" 'BEGIN {printf "%.2f", a / b}') |"
  echo "| 06-claims alone (goal: at most 6 s; it trained ${trees:-with unknown tree counts}) | $cw s | $cc s |"
  echo "| the same exemplar analysis as one Java notebook on the lib (bench/java/exemplar.ipynb) | $jw s | $jc s |"
  echo "| ratio, same analysis: Java / Python | $(awk -v a="$jw" -v b="$pw" 'BEGIN {printf "%.2f", a / b}') | $(awk -v a="$jc" -v b="$pc" 'BEGIN {printf "%.2f", a / b}') |"
  echo "| Java kernel: cold start to the first executed cell | $(awk '/^median/ {print $7}' "$work/kernel.txt") s | |"
  echo
  echo "Per notebook (last run of 01-05, and 06 alone):"
  echo
  echo '```'
  grep -E '^\s+(ok|FAILED)|^(done|rendered) in' "$work/regression.log" || true
  grep -E '^\s+(ok|FAILED)' "$work/claims.log" || true
  echo '```'
  echo
  echo "Where the time of notebooks 01-05 goes, one notebook at a time (\`scripts/kernel_timing.py --breakdown\`):"
  echo "wall, and CPU seconds of the kernel by thread: compile = JShell compiling each cell and rendering its result"
  echo "(the shell thread), run = the cell's own code, jit, gc, other (JVM and JJava start-up); python = rendering both"
  echo "pages in the runner."
  echo
  echo '```'
  cat "$work/breakdown.txt"
  echo '```'
} >"$frag"
cat "$frag"
fi

if want data; then
  echo "==> Data: load + validate + clean vs pandas"
  bench/data/run.sh "${rows[@]}"
fi
if want model; then
  echo "==> Model: infer vs pandas + statsmodels"
  bench/model/run.sh "${rows[@]}"
fi
if want claims; then
  echo "==> Claims: train on the real data; score generated files"
  bench/claims/run.sh "${rows[@]}"
fi
if want spark; then
  echo "==> Spark: infer and claims score on Spark local[*] (CSV, Parquet) vs the lib vs pandas + statsmodels"
  bench/spark/run.sh "${rows[@]}"
fi

{
  echo "# Benchmarks"
  echo
  echo "Produced by \`make bench\` (scripts/bench.sh), which runs each Java measurement beside its Python reference"
  echo "in the same run and reports the ratio. No test asserts a time. Reproduce with \`make bench\`;"
  echo "\`BENCH_ROWS=\"1000000 10000000\" make bench\` adds the 10-million-row files."
  for f in docs/benchmarks-workflow.md docs/benchmarks-workflow-levers.md docs/benchmarks-data.md docs/benchmarks-model.md docs/benchmarks-claims.md \
      docs/benchmarks-spark.md; do
    [ -f "$f" ] && { echo; sed 's/^# /### /' "$f"; }
  done
} >docs/benchmarks.md
echo "==> docs/benchmarks.md written; the ratios (Java / Python reference):"
grep -i 'ratio' docs/benchmarks.md | grep -v '^|---' || true
