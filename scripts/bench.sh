#!/usr/bin/env bash
# make bench: every benchmark, each against the Python reference timed in the same run, then docs/benchmarks.md.
#   1. the notebook workflow: kernel cold start; all Java notebooks executed and rendered (what `make report`
#      does after set-up) against the course exemplar's analysis as a Python notebook (pandas, seaborn,
#      scikit-learn) executed and rendered the same way (scripts/run_notebooks.py);
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

run_wall() {  # wall seconds of a command, the command's output to $work/last.log
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; return 1; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}' 
}
echo "==> Notebooks: Java workflow, the exemplar's analysis in Java and in Python (3 runs each, alternating)"
java_t=(); jx_t=(); py_t=()
for i in 1 2 3; do
  java_t+=("$(run_wall "$py" scripts/run_notebooks.py --out "$work/java" --jobs 2)")
  cp "$work/last.log" "$work/java.log"
  jx_t+=("$(run_wall "$py" scripts/run_notebooks.py --out "$work/jx" bench/java/exemplar.ipynb)")
  py_t+=("$(run_wall "$py" scripts/run_notebooks.py --out "$work/py" bench/python/exemplar.ipynb)")
  echo "  run $i: all Java notebooks ${java_t[-1]} s; exemplar analysis: Java ${jx_t[-1]} s, Python ${py_t[-1]} s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
jm=$(median "${java_t[@]}"); xm=$(median "${jx_t[@]}"); pm=$(median "${py_t[@]}")
nbs=$(ls notebooks/[0-9][0-9]-*.ipynb | wc -l)
{
  echo "### Notebook workflow"
  echo
  echo "$(date -u +%F), $(nproc) cores, $(java -version 2>&1 | head -1), JJava $(.venv/bin/pip show jjava 2>/dev/null | awk '/^Version/ {print $2}')."
  echo "Measured by \`make bench\` (scripts/bench.sh); the machine may be shared, so compare the ratio, not the seconds."
  echo
  echo "| what | median wall time |"
  echo "|---|---:|"
  echo "| Java kernel: cold start to the first executed cell | $(awk '/^median/ {print $7}' "$work/kernel.txt") s |"
  echo "| Java kernel: a cell loading and validating the 19,382-row dataset | $(awk '/^median/ {print $11}' "$work/kernel.txt") s |"
  echo "| the course exemplar's analysis as one Python notebook (pandas, seaborn, scikit-learn; bench/python/exemplar.ipynb) | $pm s |"
  echo "| the same analysis as one Java notebook on the lib (bench/java/exemplar.ipynb) | $xm s |"
  echo "| ratio, same analysis: Java / Python | $(awk -v a="$xm" -v b="$pm" 'BEGIN {printf "%.2f", a / b}') |"
  echo "| the whole Java workflow: all $nbs notebooks executed and rendered (2 at a time; \`make report\` after set-up) | $jm s |"
  echo "| ratio, whole Java workflow / the Python exemplar notebook | $(awk -v a="$jm" -v b="$pm" 'BEGIN {printf "%.2f", a / b}') |"
  echo
  echo "Every notebook is executed headless and rendered twice (with and without code); each starts its own kernel."
  echo "The whole workflow does far more than the exemplar notebook (assumption checks, bootstrap intervals, the"
  echo "honest and exemplar pipelines, the executive summary, and three claims classifiers trained in 06-claims)."
  echo
  echo "Per notebook (last Java run):"
  echo
  echo '```'
  grep -E '^\s+(ok|FAILED)' "$work/java.log" || true
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
  for f in docs/benchmarks-workflow.md docs/benchmarks-data.md docs/benchmarks-model.md docs/benchmarks-claims.md \
      docs/benchmarks-spark.md; do
    [ -f "$f" ] && { echo; sed 's/^# /### /' "$f"; }
  done
} >docs/benchmarks.md
echo "==> docs/benchmarks.md written; the ratios (Java / Python reference):"
grep -i 'ratio' docs/benchmarks.md | grep -v '^|---' || true
