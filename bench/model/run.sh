#!/usr/bin/env bash
# Model benchmark: generate SAMPLE DATA with the CLI, then time the inference fit as a whole process in Java
# (`tiktok-claims infer`: load, drop incomplete rows, cap, encode, Newton fit, summary) and in Python
# (bench/model/statsmodels_infer.py: pandas read_csv, dropna, capping, get_dummies, statsmodels Logit), with
# /usr/bin/time -v for wall time, CPU time and peak RSS. Each side runs RUNS times; the table shows the median
# wall and CPU time and the largest peak RSS. Java runs with `infer --timings`, which splits its time into the read
# (parse, checks, encoding: CourseModel.loadDesign) and the fit (Logit.fit and marginalEffects(): the class checks,
# the warm-start sample fit, the passes over the rows, the covariance and the marginal effects): the table shows the
# medians and the fit's share of the read (goal < 0.1). Writes a markdown table to docs/benchmarks-model.md.
#
# usage: bench/model/run.sh [ROWS...]          (default: 1000000)
# env:   BUILD=lib/target   build folder with classes/ and classpath.txt (mvn -DskipTests package)
#        JAVA_OPTS=...      JVM options for the Java run (default: the launcher's for infer,
#                           -XX:+UseSerialGC -XX:PretenureSizeThreshold=256k, and -Xmx4g)
#        PYTHON=.venv/bin/python
#        RUNS=3
#        WORK=folder for the generated files (default: a temp folder; files are deleted afterwards)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -XX:PretenureSizeThreshold=256k -Xmx4g}
RUNS=${RUNS:-3}
ROWS=("$@")
[ ${#ROWS[@]} -eq 0 ] && ROWS=(1000000)
WORK=${WORK:-$(mktemp -d)}
OUT=docs/benchmarks-model.md
trap 'rm -f "$WORK"/sample-*.csv "$WORK"/*.time "$WORK"/*.out' EXIT

# median of the numbers on stdin
median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# runs "$@" RUNS times; prints "median wall,median CPU,max RSS"
bench() {
  local walls="" cpus="" rss=0 w c m
  for ((r = 1; r <= RUNS; r++)); do
    /usr/bin/time -v "$@" > "$WORK/run.out" 2> "$WORK/run.time"
    grep -h '^infer timings' "$WORK/run.time" >> "$WORK/timings.txt" || true
    IFS=, read -r w c m <<< "$(measure "$WORK/run.time" 2)"
    walls+="$w"$'\n'
    cpus+="$c"$'\n'
    [ "$m" -gt "$rss" ] && rss=$m
  done
  printf '%s,%s,%s' "$(printf '%s' "$walls" | median)" "$(printf '%s' "$cpus" | median)" "$rss"
}

rows_md=""
for n in "${ROWS[@]}"; do
  f="$WORK/sample-$n.csv"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -cp "$CP" tiktokclaims.cli.Main generate --rows "$n" --seed 1 --out "$f" >/dev/null
  size=$(du -m "$f" | cut -f1)
  : > "$WORK/timings.txt"
  # shellcheck disable=SC2086
  IFS=, read -r jw jc jm <<< "$(bench java $JAVA_OPTS -cp "$CP" tiktokclaims.cli.Main infer --data "$f" --json "$WORK/java.json" --timings)"
  # "infer timings: read, check and encode R s wall, RC s CPU; fit and marginal effects F s wall, FC s CPU; ..."
  rw=$(awk '{print $7}' "$WORK/timings.txt" | median)
  rc=$(awk '{print $10}' "$WORK/timings.txt" | median)
  fw=$(awk '{print $17}' "$WORK/timings.txt" | median)
  fc=$(awk '{print $20}' "$WORK/timings.txt" | median)
  share=$(awk '{print $26}' "$WORK/timings.txt" | median)
  share_cpu=$(awk '{print $28}' "$WORK/timings.txt" | median)
  echo "infer, $n rows: read $rw s wall / $rc s CPU, fit $fw s wall / $fc s CPU: fit / read $share (wall)," \
       "$share_cpu (CPU); goal < 0.1" >&2
  jll=$(grep -m1 '"log_likelihood"' "$WORK/java.json" | sed 's/.*: //; s/,$//')
  IFS=, read -r pw pc pm <<< "$(bench "$PYTHON" bench/model/statsmodels_infer.py "$f")"
  pll=$(grep -m1 '^log-likelihood' "$WORK/run.out" | sed 's/log-likelihood //')
  echo "rows $n: log-likelihood Java $jll, statsmodels $pll" >&2
  speed=$(awk -v a="$jw" -v b="$pw" 'BEGIN {printf "%.2f", a / b}')
  cpu=$(awk -v a="$jc" -v b="$pc" 'BEGIN {printf "%.2f", a / b}')
  echo "infer, $n rows: Java $jw s wall / $jc s CPU / $jm MiB, pandas + statsmodels $pw s / $pc s / $pm MiB:" \
       "ratio $speed (wall), $cpu (CPU)" >&2
  printf -v line '| %s | %s MB | %s s / %s s / %s MiB | %s s / %s s / %s MiB | %s / %s | %s s / %s s; %s s / %s s | %s / %s | %s / %s |' \
      "$(thousands "$n")" "$size" "$jw" "$jc" "$jm" "$pw" "$pc" "$pm" "$speed" "$cpu" "$rw" "$rc" "$fw" "$fc" \
      "$share" "$share_cpu" "$jll" "$pll"
  echo "$line"
  rows_md+="$line"$'\n'
  rm -f "$f"
done

{
  echo "### Model: inference fit (\`tiktok-claims infer\`)"
  echo
  echo "SAMPLE DATA from \`./tiktok-claims generate --seed 1\` (synthetic). Whole processes, start-up included."
  echo "Java: \`tiktok-claims infer --json\` (JVM start, load and validate the CSV, drop incomplete rows, cap likes"
  echo "and comments, encode, Newton fit of the course Logit, standard errors, average marginal effects, summary and"
  echo "JSON; JVM options \`$JAVA_OPTS\`). Python: pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)')"
  echo "+ statsmodels $("$PYTHON" -c 'import statsmodels; print(statsmodels.__version__)') doing the same work"
  echo "(bench/model/statsmodels_infer.py: \`read_csv\`, \`dropna\`, capping, \`get_dummies\`, \`Logit(...).fit()\`,"
  echo "summary). Median of $RUNS runs for wall and CPU (user + system) time, largest peak RSS, from \`/usr/bin/time -v\`."
  echo "$(nproc) cores shared with other work (load average $(cut -d' ' -f1 /proc/loadavg) at the end),"
  echo "$(date -u +%Y-%m-%d), $(java -version 2>&1 | head -1), $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')."
  echo "Java's read is the parse, the checks of every field and the encoding (\`CourseModel.loadDesign\`, two"
  echo "threads); its fit is \`Logit.fit\` and the marginal effects: the class checks, the warm-start fit on a sample"
  echo "(every 30th-32nd row), one pass over the rows per Newton point (4 at 1M and at 10M rows; each also sums the log-likelihood, the"
  echo "marginal-effect averages and the checks' counts), the covariance (\`infer --timings\`, medians)."
  echo "The last column checks that both fitted the same model."
  echo
  echo "| rows | file | Java infer (wall / CPU / peak RSS) | pandas + statsmodels (wall / CPU / peak RSS) | ratio Java / Python (wall / CPU; goal <= 0.3 at 1M rows, <= 0.2 at 10M) | Java read; fit (wall / CPU, \`--timings\`) | fit / read (wall / CPU; goal < 0.1) | log-likelihood Java / statsmodels |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows_md"
  echo
  echo "Reproduce: \`mvn -DskipTests package && bench/model/run.sh ${ROWS[*]}\`."
} > "$OUT"
echo "wrote $OUT"
