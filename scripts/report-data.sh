#!/usr/bin/env bash
# make report: execute every notebook on the dataset and render the HTML pages into $1 (reports/).
# The dataset is $TIKTOK_DATA, else data/tiktok_dataset.csv. Without one, the notebooks run on generated sample
# data, and every page says SAMPLE DATA.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-reports}"
data="${TIKTOK_DATA:-$root/data/tiktok_dataset.csv}"
if [ ! -f "$data" ]; then
  cat <<MSG
No dataset found at $data.
Put the course file tiktok_dataset.csv in data/ (git-ignores it), or point TIKTOK_DATA at it, e.g.
  TIKTOK_DATA=../shared/data/tiktok_dataset.csv make report
Until then the report runs on generated SAMPLE DATA (synthetic rows; every page says so).
MSG
  mkdir -p "$root/build/sample"
  data="$root/build/sample/tiktok_sample.csv"
  if [ ! -f "$data" ]; then
    "$root/tiktok-claims" generate --rows 20000 --seed 7 --out "$data"
  fi
fi
echo "==> Executing notebooks on $data"
TIKTOK_DATA="$data" "$root/.venv/bin/python" "$root/scripts/run_notebooks.py" --out "$root/$out" --jobs "${JOBS:-2}"
echo "==> Reports: $root/$out/*.html (with code), $root/$out/stakeholders/*.html (without code)"
