"""Checks that a notebook run in a warm pooled JVM (scripts/run_notebooks.py's default) shows exactly what it shows in
a JVM of its own (--no-pool, as in JupyterLab): every output of every cell, images included, byte for byte.

Usage: python tests/pool/compare.py POOLED_DIR FRESH_DIR NOTEBOOK_NAME...   (exit status 1 and the first differences)
"""
import json
import pathlib
import sys


def outputs(path):
    cells = json.loads(path.read_text())["cells"]
    return [[{k: v for k, v in o.items() if k != "execution_count"} for o in c.get("outputs", [])] for c in cells]


def main():
    pooled, fresh = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    failed = False
    for name in sys.argv[3:]:
        a, b = outputs(pooled / name), outputs(fresh / name)
        differing = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(a) != len(b) or differing:
            failed = True
            print(f"FAIL: {name}: pooled and fresh outputs differ in cells {differing[:10]} "
                  f"({len(a)} vs {len(b)} cells)", file=sys.stderr)
            for i in differing[:2]:
                print(f"  cell {i}: pooled {json.dumps(a[i])[:400]}\n          fresh  {json.dumps(b[i])[:400]}",
                      file=sys.stderr)
        else:
            print(f"  same   {name} ({len(a)} cells)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
