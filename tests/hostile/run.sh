#!/usr/bin/env bash
# Hostile transcripts in a real notebook (issue 8): writes a small CSV whose transcripts carry HTML, script tags,
# markdown, $...$ LaTeX and ANSI escapes, executes a tiny notebook on it on the project's Java kernel with
# scripts/run_notebooks.py into a temp folder, and checks the executed notebook and its HTML page: the texts are
# there, escaped (no live <script>alert, <img onerror, <h1>), tables carry tex2jax_ignore and mathjax_ignore, and no ESC byte is left.
# Needs `make build` (the kernel loads lib/target) and the venv (`make venv`). Usage: tests/hostile/run.sh (~20 s).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
py="$root/.venv/bin/python"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if [ ! -f "$root/lib/target/classpath.txt" ] || [ ! -x "$py" ]; then
  echo "tests/hostile/run.sh: build first (make build)" >&2
  exit 2
fi

export HOSTILE_CSV="$tmp/hostile.csv"
"$py" - "$tmp" <<'EOF'
import json
import pathlib
import sys

tmp = pathlib.Path(sys.argv[1])
hostile = [
    "<script>alert('xss')</script> someone shared with me that honey never spoils",
    "i think that <img src=x onerror=alert(1)> & <b>bold</b> are fun",
    "**markdown** [link](javascript:alert(1)) # heading",
    "the fact costs $475 million usd, worth over $300 billion usd today",
    "\x1b[31mred\x1b[0m text \x1b]0;title\x07 and a bell",
    "</td></tr></table><h1>broken out</h1>",
]
columns = ["#", "claim_status", "video_id", "video_duration_sec", "video_transcription_text", "verified_status",
           "author_ban_status", "video_view_count", "video_like_count", "video_share_count", "video_download_count",
           "video_comment_count"]
lines = [",".join(columns + ["<i>extra</i> $x$"])]
for i, text in enumerate(hostile * 2):
    quoted = '"' + text.replace('"', '""') + '"'
    lines.append(f"{i + 1},{'claim' if i % 2 else 'opinion'},{1000000000 + i},{10 + i},{quoted},verified,active,"
                 f"{1000 * (i + 1)}.0,{100 * (i + 1)}.0,{10 * i}.0,{i}.0,{i}.0,\x1b[1mx")
(tmp / "hostile.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def code(source):
    return {"cell_type": "code", "execution_count": None, "id": f"c{len(source)}", "metadata": {}, "outputs": [],
            "source": source}


nb = {
    "cells": [
        code("import tiktokclaims.data.*;\nimport java.nio.file.Path;\n"
             "var loaded = ClaimsData.read(Path.of(System.getenv(\"HOSTILE_CSV\")));\nloaded.report()"),
        code("loaded.table()"),
        code("loaded.table().selectColumns(\"video_transcription_text\")"),
        code("System.out.println(loaded.report());"),
    ],
    "metadata": {"kernelspec": {"display_name": "Java 17 (tiktok-claims)", "language": "java", "name": "java"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
(tmp / "hostile.ipynb").write_text(json.dumps(nb), encoding="utf-8")
EOF

mkdir -p "$tmp/out"
if ! "$py" "$root/scripts/run_notebooks.py" --jobs 1 --out "$tmp/out" "$tmp/hostile.ipynb" >"$tmp/run.log" 2>&1; then
  cat "$tmp/run.log" >&2
  echo "FAIL: the hostile notebook did not run" >&2
  exit 1
fi

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
html="$tmp/out/hostile.html"
executed="$tmp/out/hostile.ipynb"
[ -f "$html" ] || fail "no HTML page written"
# The texts are shown, escaped: in the page and in the notebook's own outputs.
grep -q '&lt;script&gt;alert' "$html" || fail "the escaped script text is not in the page"
grep -q '&lt;img src=x onerror=alert(1)&gt;' "$html" || fail "the escaped img text is not in the page"
grep -q 'tex2jax_ignore mathjax_ignore' "$html" || fail "tables do not switch LaTeX off (tex2jax_ignore for MathJax 2, mathjax_ignore for JupyterLab 4)"
for raw in '<script>alert' '<img src=x onerror' '<h1>broken out' '<b>bold</b>' '<i>extra</i>'; do
  grep -qF "$raw" "$html" && fail "raw '$raw' in the HTML page"
  "$py" - "$executed" "$raw" <<'EOF' || fail "raw '$raw' in an HTML output of the executed notebook"
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
html = [o.get("data", {}).get("text/html", "") for c in nb["cells"] for o in c.get("outputs", [])]
sys.exit(1 if any(sys.argv[2] in (h if isinstance(h, str) else "".join(h)) for h in html) else 0)
EOF
done
grep -q $'\x1b' "$html" && fail "an ESC byte is in the HTML page"
grep -q $'\x1b' "$executed" && fail "an ESC byte is in the executed notebook"
grep -q '\\u001b' "$executed" && fail "an escaped ESC (\\u001b) is in the executed notebook's outputs"

if [ "$failures" -gt 0 ]; then
  echo "tests/hostile/run.sh: $failures check(s) failed" >&2
  exit 1
fi
echo "tests/hostile/run.sh: hostile transcripts are shown as text in the notebook and its HTML"
