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
# The PDFs need the headless Chromium and playwright-core of the browser tests (make system; npm ci).
if [ -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ -d "$root/node_modules/playwright-core" ] && command -v node >/dev/null; then
  echo "==> PDFs (headless Chromium)"
  node "$root/scripts/report-pdf.mjs" "$root/$out"
  "$root/.venv/bin/python" "$root/scripts/report_site.py" --indexes "$root/$out" >/dev/null   # the indexes link them
  pdfs=", $root/$out/stakeholders/*.pdf"
else
  echo "==> PDFs NOT written: they need Chromium (make system) and node with playwright-core (npm ci)" >&2
  pdfs=""
fi
echo "==> Reports: $root/$out/index.html (pages with code), $root/$out/stakeholders/index.html (without code)$pdfs"
