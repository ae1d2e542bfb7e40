#!/usr/bin/env bash
# Data benchmark: generate SAMPLE DATA with the CLI, then time load + validate + clean as a whole process in Java
# (`tiktok-claims validate`, one streaming pass) and in pandas (bench/data/pandas_clean.py: read_csv, dropna, the
# same capping), with /usr/bin/time -v for wall time and peak RSS. Writes a markdown fragment to docs/benchmarks-data.md.
#
# usage: bench/data/run.sh [ROWS...]          (default: 1000000 10000000)
# env:   BUILD=lib/target   build folder with classes/ and classpath.txt (mvn -DskipTests package)
#        JAVA_OPTS=...      JVM options for the Java run (default: -Xmx12g)
#        PYTHON=.venv/bin/python
#        WORK=folder for the generated files (default: a temp folder; files are deleted afterwards)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
JAVA_OPTS=${JAVA_OPTS:--Xmx12g}
ROWS=("$@")
[ ${#ROWS[@]} -eq 0 ] && ROWS=(1000000 10000000)
WORK=${WORK:-$(mktemp -d)}
OUT=docs/benchmarks-data.md
trap 'rm -f "$WORK"/sample-*.csv "$WORK"/*.time "$WORK"/*.out' EXIT

rows_md=""
for n in "${ROWS[@]}"; do
  f="$WORK/sample-$n.csv"
  /usr/bin/time -v java $JAVA_OPTS -cp "$CP" tiktokclaims.cli.Main generate --rows "$n" --seed 1 --out "$f" \
      2> "$WORK/gen.time" >/dev/null
  size=$(du -m "$f" | cut -f1)
  /usr/bin/time -v java $JAVA_OPTS -cp "$CP" tiktokclaims.cli.Main validate --data "$f" \
      > "$WORK/java.out" 2> "$WORK/java.time"
  /usr/bin/time -v "$PYTHON" bench/data/pandas_clean.py "$f" > "$WORK/pandas.out" 2> "$WORK/pandas.time"
  IFS=, read -r gw gc gm <<< "$(measure "$WORK/gen.time")"
  IFS=, read -r jw jc jm <<< "$(measure "$WORK/java.time")"
  IFS=, read -r pw pc pm <<< "$(measure "$WORK/pandas.time")"
  # both sides must agree on the limits (the Java run prints them with separators)
  grep -h "video_like_count: Q1\|video_like_count: upper" "$WORK/java.out" "$WORK/pandas.out" >&2
  ratio=$(awk -v a="$jw" -v b="$pw" -v c="$jc" -v d="$pc" 'BEGIN {printf "%.2f / %.2f", a / b, c / d}')
  echo "validate, $n rows: ratio Java / pandas $ratio (wall / CPU)" >&2
  printf -v line '| %s | %s | %s s / %s MiB | %s s / %s s / %s MiB | %s s / %s s / %s MiB | %s |' \
      "$(thousands "$n")" "$size MB" "$gw" "$gm" "$jw" "$jc" "$jm" "$pw" "$pc" "$pm" "$ratio"
  echo "$line"
  rows_md+="$line"$'\n'
  rm -f "$f"
done

{
  echo "### Data: load + validate + clean"
  echo
  echo "SAMPLE DATA from \`./tiktok-claims generate --seed 1\` (synthetic). Java: \`tiktok-claims validate\` as a"
  echo "whole process (JVM start, one streaming pass that checks every field and counts what the report says, then"
  echo "the IQR limits of likes and comments on the complete rows; it builds no table, so transcripts are checked as"
  echo "UTF-8 but never become strings; JVM options \`$JAVA_OPTS\`). pandas $("$PYTHON" -c 'import pandas; print(pandas.__version__)'):"
  echo "\`read_csv\`, \`dropna\`, the same capping (bench/data/pandas_clean.py). Wall time and peak RSS from"
  echo "\`/usr/bin/time -v\`; CPU is user + system time, steadier than wall time on a busy machine. $(nproc) cores"
  echo "shared with other work (load average $(cut -d' ' -f1 /proc/loadavg) at the end), $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -1)."
  echo "pandas builds the whole DataFrame, transcripts included; the Java table loader (\`ClaimsData.read\`, what the"
  echo "notebooks use) does too and is slower: building Tablesaw's dictionary-encoded string columns dominates it."
  echo
  echo "| rows | file | generate (wall / peak RSS) | Java validate (wall / CPU / peak RSS) | pandas (wall / CPU / peak RSS) | ratio Java / pandas (wall / CPU) |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$rows_md"
  echo
  echo "Reproduce: \`mvn -DskipTests package && bench/data/run.sh ${ROWS[*]}\`."
} > "$OUT"
echo "wrote $OUT"
