"""Counts the notebooks' prose-builder cells: code cells that build narrative in code (Markdown.format / Markdown.of
or Effects.sentence) against those that fill a prose file (Prose.of), and the share of all code characters in each.

Usage: python scripts/prose_share.py [NOTEBOOK ...]   (default: notebooks/[0-9][0-9]-*.ipynb)
"""
import json
import pathlib
import re
import sys

BUILDER = re.compile(r"Markdown\.(format|of)\(|Effects\.sentence\(")


def main(paths):
    root = pathlib.Path(__file__).resolve().parent.parent
    paths = [pathlib.Path(p) for p in paths] or sorted((root / "notebooks").glob("[0-9][0-9]-*.ipynb"))
    cells = chars = built = built_chars = filled = filled_chars = 0
    for p in paths:
        for cell in json.loads(p.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            src = "".join(cell["source"])
            cells += 1
            chars += len(src)
            if BUILDER.search(src):
                built += 1
                built_chars += len(src)
            elif "Prose.of(" in src:
                filled += 1
                filled_chars += len(src)
    print(f"{len(paths)} notebooks, {cells} code cells, {chars} code characters")
    print(f"prose built in code (Markdown.format/of, Effects.sentence): {built} cells, {built_chars} characters"
          f" ({100 * built_chars / max(chars, 1):.0f} % of code)")
    print(f"prose filled from notebooks/prose/ (Prose.of): {filled} cells, {filled_chars} characters"
          f" ({100 * filled_chars / max(chars, 1):.0f} % of code)")


if __name__ == "__main__":
    main(sys.argv[1:])
