"""Executes the project's notebooks headless and renders them to HTML.

For every notebook in notebooks/ (reading order): execute it on the project's Java kernel with nbclient, shut
the kernel down at once (JJava's JVM ignores a polite shutdown request once a cell has run, which would cost
seconds per notebook), and write
  reports/NN-name.ipynb            the executed notebook
  reports/NN-name.html             the same page with code
  reports/stakeholders/NN-name.html  the page without code cells (for readers who never read code)
  reports/index.html, reports/stakeholders/index.html   the two sites' indexes (scripts/report_site.py)
The notebooks in notebooks/ are never modified. Notebooks run in parallel (--jobs). Exit status 1 if any
notebook fails or shows an error output, naming the notebook and cell.

Usage: python scripts/run_notebooks.py [--out reports] [--jobs 2] [--no-html] [NOTEBOOK ...]
"""
import argparse
import asyncio
import json
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

import report_site

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def error_outputs(nb):
    """(cell index, first line of the error) for every error output in an executed notebook."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append((i, f"{out.get('ename', '')}: {out.get('evalue', '')}".strip().splitlines()[0][:300]))
    return found


async def run_one(path, out_dir, timeout, semaphore, kernel):
    async with semaphore:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            kernel_name=kernel or nb.metadata.get("kernelspec", {}).get("name", "java"),
            timeout=timeout,
            startup_timeout=180,
            shutdown_kernel="immediate",
            resources={"metadata": {"path": str(path.parent)}},
        )
        start = time.monotonic()
        failure = None
        try:
            await client.async_execute()
        except (CellExecutionError, CellTimeoutError, DeadKernelError, RuntimeError) as e:
            failure = str(e).strip().splitlines()[-1][:300] if str(e).strip() else type(e).__name__
        elapsed = time.monotonic() - start
        errors = error_outputs(nb)
        target = out_dir / path.name
        nbformat.write(nb, target)
        status = "ok" if failure is None and not errors else "FAILED"
        print(f"  {status:6s} {path.name:38s} {elapsed:6.1f} s", flush=True)
        problems = [f"{path.name}: cell {i}: {msg}" for i, msg in errors]
        if failure and not problems:
            problems.append(f"{path.name}: {failure}")
        return problems, elapsed


async def main_async(args):
    paths = [pathlib.Path(p).resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    if not paths:
        print("run_notebooks: no notebooks found", file=sys.stderr)
        return 1
    out_dir = pathlib.Path(args.out).resolve()
    (out_dir / "stakeholders").mkdir(parents=True, exist_ok=True)
    # Longest first (the previous run's times, else file size), so that the slowest notebook does not start last
    # and leave a worker idle at the end.
    times_file = out_dir / ".notebook-seconds.json"
    previous = json.loads(times_file.read_text()) if times_file.is_file() else {}
    paths.sort(key=lambda p: (previous.get(p.name, 0.0), p.stat().st_size), reverse=True)
    semaphore = asyncio.Semaphore(max(1, args.jobs))
    print(f"executing {len(paths)} notebook(s), {args.jobs} at a time -> {out_dir}", flush=True)
    start = time.monotonic()
    results = await asyncio.gather(*(run_one(p, out_dir, args.timeout, semaphore, args.kernel) for p in paths))
    problems = [p for r, _ in results for p in r]
    times_file.write_text(json.dumps({**previous, **{p.name: t for p, (_, t) in zip(paths, results)}}, indent=1))
    print(f"done in {time.monotonic() - start:.1f} s", flush=True)
    if not args.no_html:
        # The pages of this run and of the project's other notebooks executed earlier into the same folder.
        earlier = [out_dir / n.name for n in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb") if (out_dir / n.name).is_file()]
        report_site.build(out_dir, [out_dir / p.name for p in paths] + earlier)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/NN-*.ipynb)")
    parser.add_argument("--out", default=str(ROOT / "reports"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=1200, help="seconds per cell")
    parser.add_argument("--no-html", action="store_true")
    parser.add_argument("--kernel", help="kernel name (default: the notebook's own kernelspec)")
    sys.exit(asyncio.run(main_async(parser.parse_args())))


if __name__ == "__main__":
    main()
