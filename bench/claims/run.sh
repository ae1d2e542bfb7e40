#!/usr/bin/env bash
# Claims classifier benchmark: train on the real dataset (`claims train`: held-out metrics and time), the
# scikit-learn reference doing the same work (bench/claims/sklearn_reference.py; ratio of wall times), then score SAMPLE DATA
# files of ROWS rows (`claims score`) in a JVM capped at SCORE_HEAP to show that memory stays bounded. Wall time
# and peak RSS from /usr/bin/time -v. Writes a markdown fragment to docs/benchmarks-claims.md.
#
# usage: bench/claims/run.sh [ROWS...]          (default: 1000000 10000000)
# env:   BUILD=lib/target     build folder with classes/ and classpath.txt (mvn -DskipTests package)
#        JVM_FLAGS=...        JVM flags of every Java run (default: those of ./tiktok-claims:
#                             -XX:+UseSerialGC)
#        SCORE_HEAP=1g        -Xmx of the scoring runs
#        DATA=...             the real dataset (default: $TIKTOK_DATA, else ../shared/data/tiktok_dataset.csv)
#        PYTHON=.venv/bin/python
#        WORK=folder for the model and generated files (default: a temp folder, deleted afterwards)
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
JVM_FLAGS=${JVM_FLAGS:--XX:+UseSerialGC}
SCORE_HEAP=${SCORE_HEAP:-1g}
DATA=${DATA:-${TIKTOK_DATA:-../shared/data/tiktok_dataset.csv}}
ROWS=("$@")
[ ${#ROWS[@]} -eq 0 ] && ROWS=(1000000 10000000)
[ -f "$DATA" ] || { echo "no dataset at $DATA (set DATA or TIKTOK_DATA)" >&2; exit 2; }
if [ -z "${WORK:-}" ]; then
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi
OUT=docs/benchmarks-claims.md
# shellcheck disable=SC2206
flags=($JVM_FLAGS)

json() { "$PYTHON" -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$WORK/metrics.json" "$1"; }

echo "==> claims train on $DATA" >&2
# the launcher runs `claims train` with C1 only (see ./tiktok-claims)
/usr/bin/time -v java -XX:TieredStopAtLevel=1 "${flags[@]}" -cp "$CP" tiktokclaims.cli.Main claims train --data "$DATA" \
    --model "$WORK/model" --seed 42 --json "$WORK/metrics.json" > "$WORK/train.out" 2> "$WORK/train.time"
cat "$WORK/train.out" >&2
IFS=, read -r tw tc tm <<< "$(measure "$WORK/train.time")"

echo "==> scikit-learn reference (the same work: bench/claims/sklearn_reference.py)" >&2
/usr/bin/time -v "$PYTHON" bench/claims/sklearn_reference.py "$DATA" 42 > "$WORK/sklearn.out" 2> "$WORK/sklearn.time"
cat "$WORK/sklearn.out" >&2
IFS=, read -r kw kc km <<< "$(measure "$WORK/sklearn.time")"
IFS=, read -r _ sk_model sk_n sk_p sk_r _ <<< "$(grep '^test' "$WORK/sklearn.out")"
sk_val=$(awk -F, '/^validation/ {printf "%s%s %s / %s", sep, $2, $4, $5; sep = "; "}' "$WORK/sklearn.out")
train_ratio=$(awk -v a="$tw" -v b="$kw" 'BEGIN {printf "%.2f", a / b}')
train_cpu_ratio=$(awk -v a="$tc" -v b="$kc" 'BEGIN {printf "%.2f", a / b}')
echo "claims train: Java $tw s wall / $tc s CPU, scikit-learn $kw s wall / $kc s CPU:" \
     "ratio $train_ratio (wall), $train_cpu_ratio (CPU); goal <= 1.0" >&2

score_md=""
for n in "${ROWS[@]}"; do
  f="$WORK/sample-$n.csv"
  echo "==> generate $n rows, score them" >&2
  java "${flags[@]}" -cp "$CP" tiktokclaims.cli.Main generate --rows "$n" --seed 1 --out "$f" >/dev/null
  size=$(du -m "$f" | cut -f1)
  /usr/bin/time -v java "${flags[@]}" "-Xmx$SCORE_HEAP" -cp "$CP" tiktokclaims.cli.Main claims score \
      --model "$WORK/model" --data "$f" --out "$WORK/queue.csv" > "$WORK/score.out" 2> "$WORK/score.time"
  cat "$WORK/score.out" >&2
  IFS=, read -r sw sc sm <<< "$(measure "$WORK/score.time")"
  lines=$(($(wc -l < "$WORK/queue.csv") - 1))
  [ "$lines" -eq "$n" ] || { echo "queue has $lines rows, expected $n" >&2; exit 1; }
  rate=$(awk -v n="$n" -v s="$sw" 'BEGIN {printf "%.2f", n / s * 60 / 1e6}')
  printf -v line '| %s | %s MB | %s s | %s s | %s MiB | %s |' "$(thousands "$n")" "$size" "$sw" "$sc" "$sm" "$rate"
  echo "$line" >&2
  score_md+="$line"$'\n'
  rm -f "$f" "$WORK/queue.csv"
done

{
  echo "### Claims classifier: training and scoring"
  echo
  echo "Machine: $(nproc) cores shared with other work (load average $(cut -d' ' -f1 /proc/loadavg) at the end),"
  echo "$(date -u +%Y-%m-%d), $(java -version 2>&1 | head -1); JVM flags \`$JVM_FLAGS\` (those of \`./tiktok-claims\`)."
  echo
  echo "**Training** (\`claims train --data tiktok_dataset.csv --seed 42\`, real data): $(json '"{:,}".format(d["rows"]["train"])') /"
  echo "$(json '"{:,}".format(d["rows"]["validation"])') / $(json '"{:,}".format(d["rows"]["test"])') rows (train / validation / test, stratified)."
  echo "Rule: $(json 'd["rule"]'); chosen: **$(json 'd["model"]')** (threshold $(json '"%.4f" % d["threshold"]'))."
  echo "Whole process (three models fitted; C1 only, as the launcher runs \`claims train\`): $tw s wall, $tc s CPU, $tm MiB peak RSS."
  echo
  echo "| model (validation) | ROC AUC | average precision | threshold | precision | recall |"
  echo "|---|---:|---:|---:|---:|---:|"
  json '"\n".join("| %s | %.4f | %.4f | %.4f | %.4f | %.4f |" % (c["model"], c["roc_auc"], c["average_precision"], c["threshold"], c["precision"], c["recall"]) for c in d["validation"])'
  echo
  echo "Held-out test set (used once, $(json '"{:,}".format(d["test_claims"]["rows"])') rows), claims as the positive class:"
  echo "precision **$(json '"%.4f" % d["test_claims"]["precision"]')**, recall **$(json '"%.4f" % d["test_claims"]["recall"]')**,"
  echo "F1 $(json '"%.4f" % d["test_claims"]["f1"]'), accuracy $(json '"%.4f" % d["test_claims"]["accuracy"]'),"
  echo "ROC AUC $(json '"%.4f" % d["test_claims"]["roc_auc"]'); confusion [[tn, fp], [fn, tp]] = $(json 'd["test_claims"]["confusion"]')."
  echo "Goal: precision and recall both at least 0.998."
  echo
  echo "**Against scikit-learn doing the same work** (bench/claims/sklearn_reference.py, scikit-learn"
  echo "$("$PYTHON" -c 'import sklearn; print(sklearn.__version__)'): the same labelled rows, 60/20/20 stratified split, TF-IDF of words and"
  echo "word pairs (min df 5, at most 100 terms) learned on the training rows, lengths, log counts, account fields;"
  echo "L2 logistic regression on standardised features, a 200-tree random forest, 200 rounds of histogram gradient"
  echo "boosting; validation and test scoring; both cores), whole processes:"
  echo
  echo "| | wall | CPU | peak RSS |"
  echo "|---|---:|---:|---:|"
  echo "| \`claims train\` (Java) | $tw s | $tc s | $tm MiB |"
  echo "| scikit-learn reference | $kw s | $kc s | $km MiB |"
  echo "| **ratio Java / scikit-learn** (goal <= 1.0) | **$train_ratio** | $train_cpu_ratio | |"
  echo
  echo "scikit-learn's validation precision / recall at 0.5: $sk_val; test ($sk_n rows, $sk_model, the best"
  echo "validation average precision) precision $sk_p, recall $sk_r."
  echo
  echo "**Scoring** (\`claims score\`, synthetic SAMPLE DATA from \`./tiktok-claims generate --seed 1\`: the timing matters, not the predictions; heap capped with"
  echo "\`-Xmx$SCORE_HEAP\`; whole process: JVM start, model load, streaming parse and checks, features, model,"
  echo "ranking, writing the queue). Goal: at least 1 million rows a minute."
  echo
  echo "| rows | file | wall | CPU | peak RSS | million rows / minute |"
  echo "|---:|---:|---:|---:|---:|---:|"
  printf '%s' "$score_md"
  echo
  echo "Reproduce: \`mvn -DskipTests package && bench/claims/run.sh ${ROWS[*]}\`."
} > "$OUT"
echo "wrote $OUT" >&2
