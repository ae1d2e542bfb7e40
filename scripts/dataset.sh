#!/usr/bin/env bash
# Prints the dataset the notebooks should read: $TIKTOK_DATA, else data/tiktok_dataset.csv. Without one, says
# (on stderr) where to put it, generates SAMPLE DATA once (build/sample/tiktok_sample.csv, synthetic, seed 7)
# and prints that path instead; every notebook page then says SAMPLE DATA. Used by `make report` and `make lab`.
#
# With --real (used by `make test`): the real file only, looked up in the same order and then in the shared copy
# beside the project (../shared/data/tiktok_dataset.csv, as in CI); without one, says where to put it and exits 2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${TIKTOK_DATA:-$root/data/tiktok_dataset.csv}"
if [ -f "$data" ]; then
  echo "$data"
  exit 0
fi
if [ "${1:-}" = "--real" ]; then
  shared="$(cd "$root/.." && pwd)/shared/data/tiktok_dataset.csv"
  if [ -z "${TIKTOK_DATA:-}" ] && [ -f "$shared" ]; then
    echo "$shared"
    exit 0
  fi
  if [ -n "${TIKTOK_DATA:-}" ]; then
    echo "The tests need the real dataset: \$TIKTOK_DATA points at $TIKTOK_DATA, which is not a file." >&2
  else
    echo "The tests need the real dataset: none at $root/data/tiktok_dataset.csv or $shared." >&2
  fi
  echo "Put the course file tiktok_dataset.csv in data/, or point TIKTOK_DATA at it." >&2
  exit 2
fi
cat >&2 <<MSG
No dataset found at $data.
Put the course file tiktok_dataset.csv in data/ (git-ignores it), or point TIKTOK_DATA at it, e.g.
  TIKTOK_DATA=../shared/data/tiktok_dataset.csv make report
Until then the notebooks run on generated SAMPLE DATA (synthetic rows; every page says so).
MSG
sample="$root/build/sample/tiktok_sample.csv"
if [ ! -f "$sample" ]; then
  mkdir -p "$(dirname "$sample")"
  "$root/tiktok-claims" generate --rows 20000 --seed 7 --out "$sample" >&2
fi
echo "$sample"
