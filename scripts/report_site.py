"""The report site: HTML pages of executed notebooks, linked into two self-contained sites.

    out/index.html                     the analyst site (pages with code), one page per executed notebook
    out/NN-name.html
    out/stakeholders/index.html        the stakeholder site (no code, no analyst-only cells)
    out/stakeholders/NN-name.html

Each index states the project's question, lists the pages in reading order (the executive summary first on the
stakeholder site) with a one-line description taken from the notebook's own first heading and first sentence,
and says what produced them: the data file's name and row count (from the notebook's data banner, never a path),
the date, the seed and parameters (the notebook's `parameters` cells, else the SEED of 00-setup) and the code
version (git commit, "+ uncommitted changes" when the work tree differs). Every page gets a real <title>, a header
linking to the index, previous/next links, and its "Next: `NN-name`" pointers become links to pages.

Markdown cells tagged `analyst-only` (programmer instructions: environment variables, commands, class names) are
left out of stakeholder pages. Pages are self-contained: nbconvert's CDN scripts (require.js, MathJax, mermaid)
are removed, images are embedded, so a page opens from a file share with no network.

Both indexes link the two PDFs (scripts/report-pdf.mjs) when they were printed from the pages now on the site
(newer than print.html), and say plainly that they were not written otherwise.

Used by scripts/run_notebooks.py after the notebooks ran; also runnable on a folder of executed notebooks:
    python scripts/report_site.py reports
    python scripts/report_site.py --indexes reports    (only the two indexes: after the PDFs were printed)
"""
import lean_imports  # noqa: F401  (first: keeps nbformat's start-up lean, see lean_imports.py)
import datetime
import html
import pathlib
import re
import subprocess
import sys

import jinja2
import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import TagRemovePreprocessor

ROOT = pathlib.Path(__file__).resolve().parent.parent
SETUP = "00-setup.ipynb"
ANALYST_ONLY = "analyst-only"
QUESTION = ("TikTok users report videos that they believe contain claims, and moderators cannot review the reports "
            "as fast as they arrive. Which reports should be reviewed first? The regression stage asks which features "
            "of a reported video go with a verified author; the claims stage builds the classifier that puts likely "
            "claims at the front of the review queue.")

# Scripts that fetch from other hosts (nbconvert's lab template): require.js, MathJax and its config, mermaid.
_EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>", re.I)
_INLINE_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.I | re.S)
_MATHJAX_CONFIG = re.compile(r"MathJax\.Hub\.Config|mathjax|require\.config", re.I)
_CSS_COMMENT_URL = re.compile(r"/\*.*?\*/", re.S)

STYLE = """<style>
.tc-site{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1100px;
  margin:0 auto;padding:8px 16px;font-size:14px;color:#222}
.tc-site a{color:#1f5fa8}
.tc-nav{display:flex;justify-content:space-between;gap:12px;border-bottom:1px solid #ccc;padding:6px 0;margin-bottom:8px}
.tc-nav.tc-bottom{border-top:1px solid #ccc;border-bottom:none;margin-top:16px}
.tc-index table{border-collapse:collapse;width:100%}
.tc-index td,.tc-index th{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top}
.tc-meta{color:#444;font-size:0.95em}
img,table,figure,.jp-OutputArea-output,.jp-RenderedImage{break-inside:avoid;page-break-inside:avoid}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
@media print{.tc-nav{display:none}.tc-site{max-width:none;padding:0}}
</style>"""


def title_of(nb, fallback):
    """The notebook's first Markdown heading, as plain text."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            m = re.search(r"^#\s+(.+)$", cell.source, re.M)
            if m:
                return _plain(m.group(1))
    return fallback


def description_of(nb):
    """The first sentence after the first heading (its 'Purpose.' label dropped), as plain text."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.splitlines()
        text = " ".join(l for l in lines if l.strip() and not l.lstrip().startswith("#"))
        text = _plain(text)
        text = re.sub(r"^(Purpose|Purpose of this notebook)\.\s*", "", text)
        if text:
            m = re.match(r"(.+?[.!?])(\s|$)", text)
            return m.group(1) if m else text
    return ""


def _plain(md):
    md = re.sub(r"`([^`]*)`", r"\1", md)
    md = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", md)
    md = re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", md)
    return re.sub(r"\s+", " ", md).strip()


def banner_of(nb):
    """(data file name, rows, sample?) from the data banner the notebook shows, or None."""
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            text = out.get("data", {}).get("text/plain", "") if "data" in out else ""
            if isinstance(text, list):
                text = "".join(text)
            m = re.search(r"(?:Data: |File: )(.+?) \(([\d,]+) rows\)", text)
            if m:
                return pathlib.PurePath(m.group(1)).name, m.group(2), "SAMPLE DATA" in text
    return None


_ASSIGNMENT = re.compile(r"^\s*(?:(?:final\s+)?(?:int|long|double|float|boolean|String|var)\s+)?"
                         r"([A-Za-z_]\w*)\s*=\s*([^=;][^;]*);")


def parameters_of(nb, setup_nb):
    """The parameters a notebook ran with, as 'NAME = value': the assignments of its cell tagged `parameters`,
    overridden by those of an `injected-parameters` cell (run_notebooks.py -p); without such cells, the SEED
    assignment of 00-setup."""
    values = {}
    for tag in ("parameters", "injected-parameters"):
        for cell in nb.cells:
            if cell.cell_type == "code" and tag in cell.get("metadata", {}).get("tags", []):
                for line in cell.source.splitlines():
                    m = _ASSIGNMENT.match(line)
                    if m:
                        values[m.group(1)] = re.sub(r"^(-?\d+)[lL]$", r"\1", m.group(2).strip())
    if not values and setup_nb is not None:
        for cell in setup_nb.cells:
            if cell.cell_type == "code":
                for line in cell.source.splitlines():
                    m = _ASSIGNMENT.match(line)
                    if m and m.group(1) == "SEED":
                        values["SEED"] = m.group(2).strip()
    return [f"{k} = {v}" for k, v in values.items()]


def code_version(root=ROOT):
    """'abc1234' or 'abc1234 + uncommitted changes', or a sentence when this is not a git checkout."""
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return commit + (" + uncommitted changes" if dirty else "")


def self_contained(body):
    """The page without the scripts that fetch from other hosts (and MathJax's inline configuration)."""
    body = _EXTERNAL_SCRIPT.sub("", body)

    def inline(m):
        script = m.group(1)
        if re.search(r"https?://", _CSS_COMMENT_URL.sub("", script)) or _MATHJAX_CONFIG.search(script):
            return ""
        return m.group(0)

    body = _INLINE_SCRIPT.sub(inline, body)
    return re.sub(r"<!--[^>]*?mathjax[^>]*?-->", "", body, flags=re.I)


def external_references(page):
    """Every reference in a page that a browser would fetch from another host (empty when self-contained)."""
    page = _CSS_COMMENT_URL.sub("", page)
    refs = re.findall(r"\b(?:src|href)\s*=\s*[\"']((?:https?:)?//[^\"']+)", page, re.I)
    refs += re.findall(r"url\(\s*[\"']?((?:https?:)?//[^)\"']+)", page, re.I)
    refs += re.findall(r"@import\s+[\"']((?:https?:)?//[^\"']+)", page, re.I)
    refs += re.findall(r"import\(\s*[\"']((?:https?:)?//[^\"']+)", page, re.I)
    return refs


class Page:
    def __init__(self, path):
        self.path = path
        self.nb = nbformat.read(path, as_version=4)
        self.stem = path.stem
        self.title = title_of(self.nb, self.stem)
        self.description = description_of(self.nb)
        self.html_name = self.stem + ".html"

    @property
    def is_summary(self):
        return "summary" in self.stem


def _nav(pages, i, index_name="index.html", bottom=False):
    prev_link = (f'<a rel="prev" href="{pages[i - 1].html_name}">&larr; {html.escape(pages[i - 1].title)}</a>'
                 if i > 0 else "<span></span>")
    next_link = (f'<a rel="next" href="{pages[i + 1].html_name}">Next: {html.escape(pages[i + 1].title)} &rarr;</a>'
                 if i + 1 < len(pages) else "<span></span>")
    home = f'<a href="{index_name}">All pages (index)</a>'
    cls = "tc-nav tc-bottom" if bottom else "tc-nav"
    return f'<nav class="{cls}">{prev_link}{home}{next_link}</nav>'


def _linkify(body, titles):
    """`NN-name` / `NN-name.ipynb` code spans naming a page become links to that page; a notebook with no page
    on this site (00-setup on the stakeholder site) becomes its title as plain text."""
    def repl(m):
        stem = m.group(1)
        if stem not in titles:
            return m.group(0)
        title, linked = titles[stem]
        return f'<a href="{stem}.html">{html.escape(title)}</a>' if linked else html.escape(title)

    return re.sub(r"<code>(\d\d-[a-z0-9-]+)(?:\.ipynb)?</code>", repl, body)


class _TemplateCode(jinja2.BytecodeCache):
    """The compiled code of nbconvert's templates, kept for the process: each page gets an exporter of its own (a
    new Jinja environment), which otherwise parses and compiles the same nine templates again (0.16 s of a page's
    0.4 s). The pages are the same: a template's code is reused only while its source is unchanged."""

    def __init__(self):
        self.code = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.code:
            bucket.bytecode_from_string(self.code[bucket.key])

    def dump_bytecode(self, bucket):
        self.code[bucket.key] = bucket.bytecode_to_string()


class _Exporter(HTMLExporter):
    """nbconvert's HTML exporter (the "lab" template) whose templates compile once per process."""

    code = _TemplateCode()

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = self.code
        return environment


def render(page, pages, i, titles, stakeholder):
    exporter = _Exporter(template_name="lab")
    exporter.exclude_input = stakeholder
    exporter.exclude_input_prompt = stakeholder
    exporter.exclude_output_prompt = stakeholder
    if stakeholder:
        exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={ANALYST_ONLY}), enabled=True)
    body, _ = exporter.from_notebook_node(page.nb)
    body = self_contained(body)
    body = re.sub(r"<title>.*?</title>", f"<title>{html.escape(page.title)}</title>", body, count=1, flags=re.S)
    body = body.replace("</head>", STYLE + "\n</head>", 1)
    body = _linkify(body, titles)
    body = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + '\n<div class="tc-site">' + _nav(pages, i) + "</div>",
                  body, count=1)
    body = body.replace("</body>", '<div class="tc-site">' + _nav(pages, i, bottom=True) + "</div>\n</body>", 1)
    return body


PDFS = (("executive-summary.pdf", "the executive summary"), ("stakeholder-report.pdf", "every stakeholder page"))


def pdfs_line(site_dir, prefix):
    """The index's sentence on the PDFs: links when every PDF was printed from the current pages (not older than
    print.html), else a plain statement that they were not written."""
    printed = site_dir / "print.html"
    since = printed.stat().st_mtime if printed.is_file() else None
    ok = since is not None and all((site_dir / f).is_file() and (site_dir / f).stat().st_mtime >= since
                                   for f, _ in PDFS)
    if ok:
        links = " and ".join(f'<a href="{prefix}{f}">{f}</a> ({what})' for f, what in PDFS)
        return f"<p><b>PDF, to forward or print (A4):</b> {links}.</p>"
    return ("<p><b>PDF:</b> not written with these pages (printing them needs the headless Chromium of the "
            "browser tests); the pages themselves print from the browser.</p>")


def index_page(pages, info, stakeholder):
    kind = ("Pages for stakeholders: findings in plain language, no code. All pages as one document, to print or "
            'save as PDF: <a href="print.html">print.html</a>.'
            if stakeholder else "Analyst pages: every notebook with its code. The same pages without code, for "
            'stakeholders, are in <a href="stakeholders/index.html">stakeholders/</a>.')
    rows = []
    for p in pages:
        b = banner_of(p.nb)
        data = (f"{html.escape(b[0])}, {b[1]} rows" + (" <b>(SAMPLE DATA: generated rows)</b>" if b[2] else "")
                if b else "no dataset")
        params = ", ".join(html.escape(x) for x in info["parameters"].get(p.stem, [])) or "none"
        rows.append(f'<tr><td><a href="{p.html_name}">{html.escape(p.title)}</a></td>'
                    f"<td>{html.escape(p.description)}</td><td>{data}</td><td>{params}</td></tr>")
    first = info.get("banner")
    data_line = (f"{html.escape(first[0])} ({first[1]} rows)" + (
        " &#8212; <b>SAMPLE DATA: synthetic rows, not the real reports</b>" if first[2] else "")) if first else "none"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TikTok claims: report{' for stakeholders' if stakeholder else ''}</title>
{STYLE}</head>
<body><div class="tc-site tc-index">
<h1>TikTok claims: which reported videos to review first</h1>
<p><b>The question.</b> {html.escape(QUESTION)}</p>
<p>{kind}</p>
{info.get('pdfs', {}).get(stakeholder, '')}
<p class="tc-meta">Data: <b>{data_line}</b> &#183; produced {html.escape(info['date'])} &#183; code version
<b>{html.escape(info['version'])}</b></p>
<h2>Pages, in reading order</h2>
<table><thead><tr><th>Page</th><th>What it says</th><th>Data</th><th>Seed and parameters</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
</div></body></html>
"""


def print_page(rendered):
    """One printable document of the stakeholder site: the head of the first page, then every page's <main> in
    reading order, each starting on a new sheet (what the whole-site PDF is printed from)."""
    first = rendered[0]
    head = first[:first.index("<body")]
    head = re.sub(r"<title>.*?</title>", "<title>TikTok claims: report for stakeholders</title>", head, count=1,
                  flags=re.S)
    parts = []
    for page in rendered:
        m = re.search(r"<main>(.*)</main>", page, re.S)
        parts.append('<section class="tc-print-page" style="break-before:page">' + (m.group(1) if m else "")
                     + "</section>")
    body = re.search(r"<body[^>]*>", first).group(0)
    return head + body + "\n<main>" + "\n".join(parts) + "</main>\n</body>\n</html>\n"


def _write(path, text):
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _sites(out_dir, pages):
    """(pages, folder, stakeholder?) of the two sites: every page on the analyst site; the stakeholder site without
    00-setup, the executive summary first."""
    readers = [p for p in pages if p.path.name != SETUP]
    readers = [p for p in readers if p.is_summary] + [p for p in readers if not p.is_summary]
    return ((pages, out_dir, False), (readers, out_dir / "stakeholders", True))


def render_notebook(out_dir, site, name):
    """Writes both pages of one executed notebook (out_dir/name) of a site whose notebooks are `site` (paths read
    only for their titles and order: they may not have run yet). scripts/run_notebooks.py calls this as each notebook
    finishes, so that pages render while other notebooks still run; build(..., rendered=...) then skips them."""
    out_dir = pathlib.Path(out_dir)
    pages = [Page(out_dir / name if p.name == name else p) for p in sorted(site, key=lambda p: p.name)]
    for site_pages, folder, stakeholder in _sites(out_dir, pages):
        on_site = {p.stem for p in site_pages}
        titles = {p.stem: (p.title, p.stem in on_site) for p in pages}
        for i, p in enumerate(site_pages):
            if p.path.name == name:
                folder.mkdir(parents=True, exist_ok=True)
                _write(folder / p.html_name, render(p, site_pages, i, titles, stakeholder))


def build(out_dir, executed, indexes_only=False, rendered=()):
    """Render the executed notebooks (paths, any order) into out_dir's two sites, with their indexes (only the
    indexes with indexes_only: the pages are already there; the pages of the notebooks named in `rendered` were
    written by render_notebook and are read back)."""
    out_dir = pathlib.Path(out_dir)
    executed = sorted({pathlib.Path(p) for p in executed}, key=lambda p: p.name)
    pages = [Page(p) for p in executed]
    setup = next((p.nb for p in pages if p.path.name == SETUP), None)
    if setup is None and (ROOT / "notebooks" / SETUP).is_file():
        setup = nbformat.read(ROOT / "notebooks" / SETUP, as_version=4)
    info = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "version": code_version(),
        "parameters": {p.stem: parameters_of(p.nb, setup) for p in pages},
        "banner": next((b for b in (banner_of(p.nb) for p in pages) if b), None),
    }
    for site_pages, folder, stakeholder in _sites(out_dir, pages):
        folder.mkdir(parents=True, exist_ok=True)
        on_site = {p.stem for p in site_pages}
        titles = {p.stem: (p.title, p.stem in on_site) for p in pages}
        if not indexes_only:
            texts = []
            for i, p in enumerate(site_pages):
                if p.path.name in rendered:
                    texts.append((folder / p.html_name).read_text(encoding="utf-8"))
                else:
                    texts.append(render(p, site_pages, i, titles, stakeholder))
                    _write(folder / p.html_name, texts[-1])
            if stakeholder and texts:
                _write(folder / "print.html", print_page(texts))
        info["pdfs"] = {stakeholder: pdfs_line(out_dir / "stakeholders", "" if stakeholder else "stakeholders/")}
        _write(folder / "index.html", index_page(site_pages, info, stakeholder))
    return pages

if __name__ == "__main__":
    args = sys.argv[1:]
    only = "--indexes" in args
    args = [a for a in args if a != "--indexes"]
    out = pathlib.Path(args[0] if args else ROOT / "reports")
    build(out, sorted(out.glob("*.ipynb")), indexes_only=only)
    print(f"site: {out / 'index.html'}, {out / 'stakeholders' / 'index.html'}")
