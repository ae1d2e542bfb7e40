"""Executes the project's notebooks headless and renders them to HTML.

For every notebook in notebooks/ (reading order): execute it on the project's Java kernel with nbclient, shut
the kernel down at once (JJava's JVM ignores a polite shutdown request once a cell has run, which would cost
seconds per notebook), and write
  reports/NN-name.ipynb            the executed notebook
  reports/NN-name.html             the same page with code
  reports/stakeholders/NN-name.html  the page without code cells (for readers who never read code)
  reports/index.html, reports/stakeholders/index.html   the two sites' indexes (scripts/report_site.py)
The notebooks in notebooks/ are never modified. Notebooks run in parallel (--jobs); the kernel of the next notebook
starts while the ones before it run, and each notebook's pages render in a worker process as soon as it has run. Exit status 1 if any
notebook fails or shows an error output, naming the notebook and cell.

Parameters, as papermill does: a notebook's code cell tagged `parameters` declares its defaults (`long SEED = 42;`);
`-p SEED 7` (name case-insensitive, repeatable) adds a cell tagged `injected-parameters` right after it that
assigns the value and shows it on the page (with and without code). A name no notebook declares, or a value that
is not of the declared type, is refused (exit status 2) before anything runs.

Usage: python scripts/run_notebooks.py [--out reports] [--jobs 2] [--no-html] [-p NAME VALUE ...] [NOTEBOOK ...]
"""
import lean_imports  # noqa: F401  (first: keeps nbformat's start-up lean, see lean_imports.py)
import argparse
import asyncio
import concurrent.futures
import functools
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import time

from queue import Empty

import zmq
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager

# nbformat, nbclient and nbconvert (through report_site) take ~0.6 s to import: main() imports them once the first
# kernels are starting (start_pools_early), so that the two overlap.
nbformat = NotebookClient = CellExecutionError = CellTimeoutError = DeadKernelError = report_site = None


def import_notebook_modules():
    global nbformat, NotebookClient, CellExecutionError, CellTimeoutError, DeadKernelError, report_site
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


# A declaration in a parameters cell: `long SEED = 42;` (one per line; comments after it are allowed).
DECLARATION = re.compile(r"^\s*(int|long|double|boolean|String)\s+([A-Za-z_]\w*)\s*=\s*(.+?);")
LITERAL = {
    "int": re.compile(r"-?\d{1,9}"),
    "long": re.compile(r"-?\d{1,18}"),
    "double": re.compile(r"-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?"),
    "boolean": re.compile(r"true|false"),
}


def parameters_cell(nb):
    """Index of the first code cell tagged `parameters`, else None."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            return i
    return None


def declared_parameters(nb):
    """{lower-case name: (name, type, default text)} declared in the notebook's parameters cell."""
    i = parameters_cell(nb)
    if i is None:
        return {}
    found = {}
    for line in nb.cells[i].source.splitlines():
        m = DECLARATION.match(line)
        if m:
            found[m.group(2).lower()] = (m.group(2), m.group(1), m.group(3).strip())
    return found


def java_literal(kind, value):
    """The value as a Java literal of the declared type; ValueError if it is not one."""
    if kind == "String":
        return json.dumps(value)
    if not LITERAL[kind].fullmatch(value):
        raise ValueError(f"{value!r} is not a {kind}")
    return value + ("L" if kind == "long" else "")


def inject_parameters(nb, params):
    """Adds the injected-parameters cell after the parameters cell (papermill's convention); names applied."""
    declared = declared_parameters(nb)
    chosen = [(declared[k.lower()], v) for k, v in params if k.lower() in declared]
    if not chosen:
        return []
    lines = ["// Injected by scripts/run_notebooks.py -p (make report NAME=value): this run's parameters."]
    shown = []
    for (name, kind, default), value in chosen:
        lines.append(f"{name} = {java_literal(kind, value)};")
        shown.append(f"{name} = {value} (default {default})")
    text = "**Parameters of this run:** " + "; ".join(shown) + "."
    lines.append(f"tiktokclaims.report.Markdown.of({json.dumps(text)})")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": ["injected-parameters"]})
    nb.cells.insert(parameters_cell(nb) + 1, cell)
    return [name for (name, _, _), _ in chosen]


def check_parameters(paths, params):
    """Refuses a -p name that no notebook declares, or a value of the wrong type. Returns an error line or None."""
    for name, value in params:
        kinds = set()
        for p in paths:
            d = declared_parameters(nbformat.read(p, as_version=4)).get(name.lower())
            if d:
                kinds.add(d[1])
        if not kinds:
            return f"run_notebooks: no notebook declares a parameter {name!r} (in a cell tagged 'parameters')"
        for kind in kinds:
            try:
                java_literal(kind, value)
            except ValueError as e:
                return f"run_notebooks: parameter {name}: {e}"
    return None


class ReadyClient(AsyncKernelClient):
    """A kernel client whose wait for the kernel ends once the kernel has answered kernel_info on the shell channel and
    shown that IOPub is connected (a status message arrived there). jupyter_client's own wait then reads IOPub until it
    has been silent for 0.2 s, a fixed 0.2 s before every notebook's first cell, and waits 0.2 s for that status
    message before asking again (a subscription made just as the kernel starts can miss it). Here the messages
    already there are read at once and later ones are left (nbclient reads only the IOPub messages that answer its
    own requests), and the status message is awaited 0.05 s before asking again."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # The client connects as soon as it has the connection file, a few milliseconds before the kernel binds its
        # sockets; ZeroMQ retries a refused connection after 100 ms (measured: a warm pooled kernel ready for its
        # first cell in 0.13-0.19 s with that default, 0.09 s with 10 ms)
        self.context.setsockopt(zmq.RECONNECT_IVL, 10)

    async def _async_wait_for_ready(self, timeout=None):
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            self.kernel_info()
            try:
                msg = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                msg = None
            if msg is not None and msg["msg_type"] == "kernel_info_reply":
                try:
                    # a message on IOPub (the kernel's status for kernel_info): subscribed, else ask again
                    await self.iopub_channel.get_msg(timeout=0.05)
                except Empty:
                    pass
                else:
                    self._handle_kernel_info_reply(msg)
                    break
            if not await self._async_is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")
        while True:
            try:
                await self.iopub_channel.get_msg(timeout=0)
            except Empty:
                break

    # jupyter_client's async client binds wait_for_ready to its base class's function, not to this method
    wait_for_ready = _async_wait_for_ready


class ReadyKernelManager(AsyncKernelManager):
    """A kernel manager whose clients are ReadyClients."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.client_factory = ReadyClient


class PooledKernel(ReadyKernelManager):
    """One notebook's kernel inside a KernelPool's JVM: a kernel manager that starts and stops no process. Stopping
    it sends the shutdown request, after which the JVM serves the next connection file."""

    def __init__(self, pool, connection_file, **kwargs):
        super().__init__(**kwargs)
        self.pool = pool
        self.load_connection_file(connection_file)
        self.connection_file = connection_file
        self.stopped = False

    @property
    def has_kernel(self):
        return not self.stopped and self.pool.alive()

    async def _async_is_alive(self):
        return self.has_kernel

    is_alive = _async_is_alive

    async def interrupt_kernel(self):
        self._connect_control_socket()
        self.session.send(self._control_socket, self.session.msg("interrupt_request", content={}))

    async def shutdown_kernel(self, now=False, restart=False):
        if not self.stopped and self.pool.alive():
            self._connect_control_socket()
            self.session.send(self._control_socket, self.session.msg("shutdown_request", content={"restart": False}))
            if not await self.pool.served(self.connection_file):
                self.pool.stop()  # it did not close the kernel: a new JVM serves the next notebook
        self.stopped = True
        await self.cleanup_resources()


class KernelPool:
    """A warm JVM that runs notebooks one after another, each in a new kernel with a fresh JShell
    (scripts/kernel/PromptKernel.java --pool): a Java kernel's start, JShell's first compilation and the libraries'
    class loading and JIT are paid once per worker instead of once per notebook. A notebook sees nothing of the ones
    before it: its JShell, and the lib's classes, are new. Used for kernelspecs whose metadata has "pool" (the
    project's `java` kernel); --no-pool runs every notebook in a JVM of its own, as JupyterLab does."""

    def __init__(self, kernel_name, cwd):
        self.spec = KernelSpecManager().get_kernel_spec(kernel_name)
        self.kernel_name = kernel_name
        self.cwd = cwd
        self.proc = None
        self.served_files = {}

    @staticmethod
    @functools.lru_cache(maxsize=None)
    def supports(kernel_name):
        try:
            return bool(KernelSpecManager().get_kernel_spec(kernel_name).metadata.get("pool"))
        except Exception:  # noqa: BLE001 (no such kernelspec: nbclient reports it when it starts the kernel)
            return False

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def start(self):
        argv = [self.spec.metadata["pool"] if a == "{connection_file}" else a for a in self.spec.argv]
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=self.cwd,
                                     env={**os.environ, **self.spec.env}, text=True, bufsize=1)
        self.served_files = {}
        threading.Thread(target=self._read_stderr, args=(self.proc, self.served_files), daemon=True).start()

    @staticmethod
    def _read_stderr(proc, served):
        for line in proc.stderr:
            if line.startswith("served "):
                done = served.get(line[len("served "):].strip())
                if done is not None:
                    done.set()
            else:
                sys.stderr.write(line)

    async def take(self):
        if not self.alive():
            self.start()
        fd, name = tempfile.mkstemp(prefix="kernel-pool-", suffix=".json")
        os.close(fd)
        write_connection_file(name, key=os.urandom(16).hex().encode())
        self.served_files[name] = threading.Event()
        self.proc.stdin.write(name + "\n")
        self.proc.stdin.flush()
        return PooledKernel(self, name, kernel_name=self.kernel_name)

    async def served(self, name, timeout=15):
        done = self.served_files.get(name)
        loop = asyncio.get_running_loop()
        return done is not None and await loop.run_in_executor(None, done.wait, timeout)

    def finish(self):
        """End of its input: the JVM exits on its own (close() waits for it)."""
        if self.alive() and not self.proc.stdin.closed:
            self.proc.stdin.close()

    def close(self):
        """End of its input: the JVM exits (killed if it has not within a few seconds)."""
        if self.alive():
            self.finish()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        self.stop()

    def stop(self):
        if self.proc is not None:
            if self.alive():
                self.proc.kill()
            self.proc.wait()
            self.proc = None


def notebook_paths(args):
    return [pathlib.Path(p).resolve() for p in args.notebooks] or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def pool_key(path, kernel=None):
    """(kernel name, folder) of a notebook: --kernel, else its kernelspec (read as JSON: nbformat is not imported
    yet when the first JVMs start), else java."""
    name = kernel
    if not name:
        try:
            name = json.loads(path.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]
        except (OSError, ValueError, KeyError, TypeError):
            name = "java"
    return name, str(path.parent)


def start_pools_early(args):
    """The warm JVMs of the first notebooks (one per worker), started before the notebook modules are imported.
    {pool key: [KernelPool, ...]}"""
    if args.no_pool:
        return {}
    keys = [pool_key(p, args.kernel) for p in notebook_paths(args)]
    early = {}
    for key in dict.fromkeys(keys):
        if KernelPool.supports(key[0]):
            early[key] = [KernelPool(*key) for _ in range(min(max(1, args.jobs), keys.count(key)))]
            for kernel_pool in early[key]:
                kernel_pool.start()
    return early


def _close_fds(fds):
    """In the forked rendering process: let go of the JVMs' standard input, so that they see its end when the
    runner closes it."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


class Kernels:
    """Kernels started ahead: when a notebook starts running, the kernel of the next one in the queue starts too, so
    that it is ready when a worker frees up (a Java kernel takes about a second to start). --no-prestart turns it off."""

    def __init__(self, kernel, ahead, pool):
        self.kernel = kernel
        self.ahead = ahead
        self.pool = pool
        self.started = {}

    def pooled(self, path):
        """The pool key (kernel name, folder) if the notebook runs in a worker's warm JVM, else None."""
        key = pool_key(path, self.kernel)
        return key if self.pool and KernelPool.supports(key[0]) else None

    def start(self, path):
        if path not in self.started and not self.pooled(path):
            self.started[path] = asyncio.ensure_future(self._start(path))

    async def _start(self, path):
        km = ReadyKernelManager(kernel_name=pool_key(path, self.kernel)[0])
        await km.start_kernel(cwd=str(path.parent))
        return km

    async def take(self, path, queue, pools, early):
        """The notebook's kernel: a new kernel in the worker's warm JVM (pools: the worker's, by key; a JVM started
        early is taken first), else one started for it (ahead of time where possible)."""
        for nxt in queue[:self.ahead]:
            self.start(nxt)
        key = self.pooled(path)
        if key:
            if key not in pools:
                pools[key] = early[key].pop() if early.get(key) else KernelPool(*key)
            return await pools[key].take()
        self.start(path)
        return await self.started.pop(path)

    async def close(self):
        """Stops kernels started for notebooks that never ran (a failure stopped the run)."""
        for task in self.started.values():
            try:
                km = await task
                await km.shutdown_kernel(now=True)
            except Exception:  # noqa: BLE001 (it never ran a cell; nothing to report)
                pass


async def run_one(path, out_dir, timeout, km, params, render=None):
    nb = nbformat.read(path, as_version=4)
    inject_parameters(nb, params)
    client = NotebookClient(
        nb,
        km=km,
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
        # A timeout's message starts with what happened and ends with the cell between dashed lines; the others
        # end with the error.
        lines = [ln for ln in str(e).strip().splitlines() if ln.strip("- ")]
        failure = ((lines[0] if isinstance(e, CellTimeoutError) else lines[-1])[:300] if lines
                   else type(e).__name__)
    finally:
        # The kernel is ours (started ahead), so nbclient leaves it running: stop it at once.
        if client.kc is not None:
            client.kc.stop_channels()
        await km.shutdown_kernel(now=True)
    elapsed = time.monotonic() - start
    errors = error_outputs(nb)
    target = out_dir / path.name
    nbformat.write(nb, target)
    status = "ok" if failure is None and not errors else "FAILED"
    print(f"  {status:6s} {path.name:38s} {elapsed:6.1f} s", flush=True)
    if render is not None:
        # Its two pages render in the worker process while the next notebooks run.
        render(path.name)
    problems = [f"{path.name}: cell {i}: {msg}" for i, msg in errors]
    if failure and not problems:
        problems.append(f"{path.name}: {failure}")
    return problems, elapsed


async def main_async(args, early):
    try:
        return await run_all(args, early)
    finally:
        for pools in early.values():
            for kernel_pool in pools:
                kernel_pool.close()


async def run_all(args, early):
    paths = notebook_paths(args)
    if not paths:
        print("run_notebooks: no notebooks found", file=sys.stderr)
        return 1
    error = check_parameters(paths, args.parameter)
    if error:
        print(error, file=sys.stderr)
        return 2
    out_dir = pathlib.Path(args.out).resolve()
    (out_dir / "stakeholders").mkdir(parents=True, exist_ok=True)
    # Longest first (the previous run's times, else file size), so that the slowest notebook does not start last
    # and leave a worker idle at the end.
    times_file = out_dir / ".notebook-seconds.json"
    previous = json.loads(times_file.read_text()) if times_file.is_file() else {}
    paths.sort(key=lambda p: (previous.get(p.name, 0.0), p.stat().st_size), reverse=True)
    print(f"executing {len(paths)} notebook(s), {args.jobs} at a time -> {out_dir}", flush=True)
    start = time.monotonic()
    # The pages of this run and of the project's other notebooks executed earlier into the same folder. Each
    # notebook's pages render in one worker process as soon as it has run (its nav links need only the titles of
    # the others, read from their sources), so rendering overlaps the notebooks still running instead of following
    # them all; the indexes and print.html are written at the end.
    names = {p.name for p in paths}
    earlier = [out_dir / n.name for n in NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")
               if n.name not in names and (out_dir / n.name).is_file()]
    site = paths + earlier
    pool, pending = None, []
    if not args.no_html:
        # Forked now, before any kernel client or socket exists: it inherits nbconvert already imported (and lets go
        # of the pipes to the JVMs started early).
        fds = [p.proc.stdin.fileno() for pools in early.values() for p in pools]
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=1, initializer=_close_fds, initargs=(fds,))
        pool.submit(int).result()
        loop = asyncio.get_running_loop()

        def render(name):
            pending.append(loop.run_in_executor(pool, report_site.render_notebook, out_dir, site, name))
    try:
        kernels = Kernels(args.kernel, 0 if args.no_prestart else 1, not args.no_pool)
        queue = list(paths)
        results = {}
        finished = []

        async def worker():
            pools = {}
            try:
                while queue:
                    path = queue.pop(0)
                    km = await kernels.take(path, queue, pools, early)
                    results[path] = await run_one(path, out_dir, args.timeout, km, args.parameter,
                                                  None if pool is None else render)
            finally:
                # the JVM is told to exit, not waited for: the other workers' notebooks may still be running, and
                # their messages are handled on this same event loop (waiting here stalled them 0.1-0.2 s)
                for kernel_pool in pools.values():
                    kernel_pool.finish()
                    finished.append(kernel_pool)

        try:
            await asyncio.gather(*(worker() for _ in range(max(1, args.jobs))))
        finally:
            for kernel_pool in finished:
                kernel_pool.close()
            await kernels.close()
        results = [results[p] for p in paths]
        problems = [p for r, _ in results for p in r]
        times_file.write_text(json.dumps({**previous, **{p.name: t for p, (_, t) in zip(paths, results)}},
                                         indent=1))
        print(f"done in {time.monotonic() - start:.1f} s", flush=True)
        if pool is not None:
            await asyncio.gather(*pending)
            report_site.build(out_dir, [out_dir / p.name for p in paths] + earlier, rendered=names)
            print(f"rendered in {time.monotonic() - start:.1f} s", flush=True)
    finally:
        if pool is not None:
            pool.shutdown()
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
    parser.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="a value for a notebook parameter (cell tagged 'parameters'), e.g. -p SEED 7")
    parser.add_argument("--kernel", help="kernel name (default: the notebook's own kernelspec)")
    parser.add_argument("--no-prestart", action="store_true",
                        help="start each notebook's kernel only when it runs (not while the one before it runs)")
    parser.add_argument("--no-pool", action="store_true",
                        help="run every notebook in a JVM of its own (as JupyterLab does), not in a worker's warm JVM")
    args = parser.parse_args()
    early = start_pools_early(args)
    import_notebook_modules()
    sys.exit(asyncio.run(main_async(args, early)))


if __name__ == "__main__":
    main()
