"""Main classes of the lib that nothing outside the tests reaches. Entry points are the names used in notebook code
cells, scripts, benchmarks, service files and the launcher; a class is reached when an entry point or a reached
class names it in code (comments do not count). Usage: python3 scripts/unreached_classes.py [root]"""
import json, pathlib, re, sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
main = sorted(p for p in (root / "lib/src/main/java").rglob("*.java") if p.name != "package-info.java")


def code(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


texts = {p.stem: code(p.read_text()) for p in main}
entry = []
for nb in (root / "notebooks").glob("*.ipynb"):
    entry += ["".join(c["source"]) for c in json.loads(nb.read_text())["cells"] if c["cell_type"] == "code"]
for pattern in ["scripts/**/*", "bench/**/*", "lib/src/main/resources/**/*", "tiktok-claims", "spark/src/main/**/*"]:
    entry += [p.read_text(errors="ignore") for p in root.glob(pattern) if p.is_file() and p.suffix != ".csv"]
names = {n: re.compile(r"\b" + re.escape(n) + r"\b") for n in texts}
reached = {n for n, rx in names.items() if any(rx.search(t) for t in entry)}
frontier = set(reached)
while frontier:
    new = {n for n, rx in names.items() if n not in reached and any(rx.search(texts[f]) for f in frontier)}
    reached |= new
    frontier = new
dead = sorted(set(texts) - reached)
print("\n".join(dead) if dead else f"all {len(texts)} main classes are reached from notebooks, scripts or the CLI")
sys.exit(1 if dead else 0)
