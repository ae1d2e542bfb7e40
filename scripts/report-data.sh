#!/usr/bin/env bash
# make report: execute every notebook on the dataset (scripts/dataset.sh: the real file, else SAMPLE DATA) and
# render the HTML pages into $1 (reports/). Further arguments go to the runner (e.g. -p SEED 7: notebook parameters).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-reports}"
shift || true
data="$("$root/scripts/dataset.sh")"
echo "==> Executing notebooks on $data"
TIKTOK_DATA="$data" "$root/.venv/bin/python" "$root/scripts/run_notebooks.py" --out "$root/$out" --jobs "${JOBS:-2}" "$@"
echo "==> Reports: $root/$out/*.html (with code), $root/$out/stakeholders/*.html (without code)"
