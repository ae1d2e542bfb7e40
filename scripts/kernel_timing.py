"""Times the Java kernel: cold start to the first executed cell, and a short analysis cell after it.

Usage: python scripts/kernel_timing.py [--runs N] [--train-cds]
With --train-cds it runs one session whose JVM dumps the class-data-sharing archive that scripts/jjava-kernel
then uses (the kernel is stopped with SIGTERM so the JVM exits normally and writes the archive); `make build`
does this once. The archive holds the kernel's and JShell's own classes (the lib is loaded by JShell's class
loader, so rebuilding the lib does not invalidate it). Measured here: all notebooks executed 25.1 s with it
against 27.4-29.1 s without; cold start to the first cell 1.06 s against 1.13-1.21 s.
Prints one line of figures per run; used by `make bench`.

With --breakdown NOTEBOOK... it executes each notebook's code cells one kernel at a time and splits its cost:
kernel start (to ready), the first cell (JShell's compiler starting), `%load 00-setup.ipynb`, the other cells,
and rendering the executed notebook (both pages, as scripts/run_notebooks.py does), each as wall and CPU time. The
kernel's CPU is read per thread from /proc: JShell compiling a cell and rendering its result (the shell thread),
running it (JJava's executor thread and the fork-join pool), the JIT compiler threads, GC and the rest. --runs
takes the median of each figure over that many runs.
"""
import lean_imports  # noqa: F401  (first: keeps nbformat's start-up lean, see lean_imports.py)
import argparse
import collections
import os
import pathlib
import signal
import statistics
import sys
import time

from jupyter_client.manager import KernelManager

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIRST = "1 + 1"
ANALYSIS = ('var t = tiktokclaims.data.ClaimsData.load(tiktokclaims.data.DataFiles.dataset());'
            ' t.rowCount()')
# What the archive is trained on: the kernel, JShell's compiler, and what a notebook's first cells use from the
# libraries on the JVM's class path (a CSV read into a table, a logistic fit, a chart as PNG, tables as HTML), on 2,000
# generated rows in a temporary file, so no data file is needed.
TRAINING = ('var f = java.nio.file.Files.createTempFile("cds-training", ".csv");'
            ' try (var o = java.nio.file.Files.newOutputStream(f)) { tiktokclaims.data.SampleGenerator.write(o, 2000, 1); }'
            ' var r = tiktokclaims.data.ClaimsData.read(f).table();'
            ' java.nio.file.Files.delete(f);'
            ' var fit = tiktokclaims.model.Logit.fit(tiktokclaims.model.CourseModel.spec()'
            '.design(tiktokclaims.model.CourseModel.prepare(r)));'
            ' var c = new tiktokclaims.plot.EdaCharts().counts(r, "verified_status", "claim_status",'
            ' tiktokclaims.plot.Layout.STACKED);'
            ' tiktokclaims.plot.ChartImages.png(c).length + fit.toHTML().length()'
            ' + tiktokclaims.report.Html.table(r.summary()).length()')


def run_cell(kc, code, timeout=300):
    msg_id = kc.execute(code)
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "error":
            raise RuntimeError(f"{code!r} failed: {msg['content']['ename']}: {msg['content']['evalue']}")
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return


def one_session(train_cds=False):
    env = dict(os.environ)
    kernel_dir = ROOT / ".venv" / "share" / "jupyter" / "kernels" / "java"
    if train_cds:
        archive = kernel_dir / "jjava.jsa"
        archive.unlink(missing_ok=True)
        # -Xlog:disable: the dump lists every class it skips as a warning; none of them matters here.
        env["JJAVA_JVM_OPTS"] = (env.get("JJAVA_JVM_OPTS", "")
                                 + f" -XX:ArchiveClassesAtExit={archive} -Xlog:disable").strip()
    start = time.monotonic()
    km = KernelManager(kernel_name="java")
    km.start_kernel(env=env, cwd=str(ROOT / "notebooks"))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=180)
    run_cell(kc, FIRST)
    first = time.monotonic() - start
    t = time.monotonic()
    run_cell(kc, TRAINING if train_cds else ANALYSIS)
    analysis = time.monotonic() - t
    kc.stop_channels()
    if train_cds:
        # SIGTERM: the JVM exits normally and writes the archive.
        os.kill(km.provisioner.process.pid, signal.SIGTERM)
        km.provisioner.process.wait(timeout=60)
        km.cleanup_resources()
    else:
        km.shutdown_kernel(now=True)
    return first, analysis


def thread_cpu(pid):
    """CPU seconds of a process per kind of thread: compile (JShell on the shell thread: compiling a cell and
    rendering its result), run (the cell's code), jit, gc, other."""
    tick = os.sysconf("SC_CLK_TCK")
    kinds = collections.Counter()
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = pathlib.Path(f"/proc/{pid}/task/{tid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / tick
        if name.startswith("Shell"):
            kind = "compile"
        elif name.startswith(("jjava-exec", "ForkJoinPool")):
            kind = "run"
        elif "CompilerThre" in name:
            kind = "jit"
        elif name.startswith(("VM Thread", "GC ", "G1 ")):
            kind = "gc"
        else:
            kind = "other"
        kinds[kind] += cpu
    return kinds


def breakdown(path, render=True):
    """Phases of one notebook: {phase: (wall s, kernel CPU s by kind)}; render's CPU is this process's."""
    import nbformat
    sys.path.insert(0, str(ROOT / "scripts"))
    import report_site
    nb = nbformat.read(path, as_version=4)
    phases = {}
    start = time.monotonic()
    km = KernelManager(kernel_name=nb.metadata.get("kernelspec", {}).get("name", "java"))
    km.start_kernel(cwd=str(pathlib.Path(path).resolve().parent))
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=180)
    pid = km.provisioner.process.pid
    phases["kernel start"] = (time.monotonic() - start, thread_cpu(pid))
    try:
        def timed(name, codes):
            before, t = thread_cpu(pid), time.monotonic()
            for code in codes:
                run_cell(kc, code)
            after = thread_cpu(pid)
            phases[name] = (time.monotonic() - t, after - before if after != before else collections.Counter())
        code = [c.source for c in nb.cells if c.cell_type == "code" and c.source.strip()]
        load = [c for c in code if c.lstrip().startswith("%load")]
        timed("first cell", code[:1])
        # The cells before %load (parameters) are in "first cell"; %load itself; then every other cell.
        rest = code[1:]
        if load and load[0] in rest:
            i = rest.index(load[0])
            timed("pre-load cells", rest[:i])
            timed("%load 00-setup", rest[i:i + 1])
            rest = rest[i + 1:]
        timed(f"other {len(rest)} cells", rest)
    finally:
        km.shutdown_kernel(now=True)
    if render:
        # Rendering needs the outputs: the notebook as scripts/run_notebooks.py executed it (print_breakdown).
        page = report_site.Page(ROOT / ".bench" / "breakdown" / pathlib.Path(path).name)
        titles = {page.stem: (page.title, True)}
        t, c = time.monotonic(), time.process_time()
        report_site.render(page, [page], 0, titles, False)
        report_site.render(page, [page], 0, titles, True)
        phases["render (2 pages)"] = (time.monotonic() - t, collections.Counter(python=time.process_time() - c))
    return phases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--train-cds", action="store_true")
    parser.add_argument("--breakdown", nargs="+", metavar="NOTEBOOK")
    args = parser.parse_args()
    if args.breakdown:
        print_breakdown(args.breakdown, args.runs)
        return
    if args.train_cds:
        one_session(train_cds=True)
        archive = ROOT / ".venv" / "share" / "jupyter" / "kernels" / "java" / "jjava.jsa"
        print("class-data-sharing archive written" if archive.is_file() else "no archive was written")
        return
    firsts, analyses = [], []
    for _ in range(args.runs):
        f, a = one_session()
        firsts.append(f)
        analyses.append(a)
        print(f"cold start to first cell {f:.2f} s; load-data cell {a:.2f} s", flush=True)
    print(f"median: cold start to first cell {statistics.median(firsts):.2f} s; "
          f"load-data cell {statistics.median(analyses):.2f} s")


def print_breakdown(paths, runs):
    kinds = ("compile", "run", "jit", "gc", "other", "python")
    import subprocess
    subprocess.run([sys.executable, str(ROOT / "scripts" / "run_notebooks.py"), "--no-html", "--jobs", "1",
                    "--out", str(ROOT / ".bench" / "breakdown"), *paths], check=True, stdout=subprocess.DEVNULL)
    totals = collections.defaultdict(lambda: [0.0, collections.Counter()])
    print(f"{'notebook / phase':36s} {'wall':>6s} {'CPU':>6s}  " + " ".join(f"{k:>7s}" for k in kinds))
    for path in paths:
        samples = [breakdown(path) for _ in range(runs)]
        for phase in samples[0]:
            wall = statistics.median(s[phase][0] for s in samples)
            cpu = collections.Counter({k: statistics.median(s[phase][1][k] for s in samples) for k in kinds})
            totals[phase][0] += wall
            totals[phase][1] += cpu
            print(f"{pathlib.Path(path).stem[:16] + ': ' + phase:36s} {wall:6.2f} {sum(cpu.values()):6.2f}  "
                  + " ".join(f"{cpu[k]:7.2f}" for k in kinds), flush=True)
    print(f"total over {len(paths)} notebook(s), median of {runs} run(s) each:")
    for phase, (wall, cpu) in totals.items():
        if not phase.startswith("other"):
            print(f"  {phase:34s} {wall:6.2f} {sum(cpu.values()):6.2f}  " + " ".join(f"{cpu[k]:7.2f}" for k in kinds))
    cells = [(w, c) for p, (w, c) in totals.items() if p.startswith("other")]
    wall = sum(w for w, _ in cells)
    cpu = sum((c for _, c in cells), collections.Counter())
    print(f"  {'other cells':34s} {wall:6.2f} {sum(cpu.values()):6.2f}  " + " ".join(f"{cpu[k]:7.2f}" for k in kinds))


if __name__ == "__main__":
    main()
