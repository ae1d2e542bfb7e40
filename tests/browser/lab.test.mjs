// Browser tests, as a user would: JupyterLab runs a notebook through its UI; a stakeholder page shows its images.
// Run by `make test` (after the notebooks were executed into reports/). Needs Debian's chromium and playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reports = join(root, 'reports');
const notebook = process.env.BROWSER_NOTEBOOK || '02-analyze.ipynb';
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let lab; let browser; let workDir; let workspaces; let port; let token;

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => { const p = srv.address().port; srv.close(() => res(p)); });
    srv.on('error', rej);
  });
}

async function waitForLab(deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/api/status?token=${token}`);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('JupyterLab did not start within ' + deadlineMs / 1000 + ' s');
}

before(async () => {
  // Work on a copy: JupyterLab autosaves, and notebooks/ is never modified in place.
  workDir = mkdtempSync(join(tmpdir(), 'tiktok-lab-'));
  cpSync(join(root, 'notebooks'), workDir, { recursive: true });
  // A workspace of our own: JupyterLab restores the tabs of the user's default workspace, which other runs on the
  // same account (e.g. another checkout's tests) change, and their notebooks' cells would be counted here.
  workspaces = mkdtempSync(join(tmpdir(), 'tiktok-lab-workspaces-'));
  port = await freePort();
  token = randomBytes(16).toString('hex');
  lab = spawn(join(root, '.venv', 'bin', 'jupyter'), ['lab', '--no-browser', '--allow-root', '--ServerApp.ip=127.0.0.1',
    `--ServerApp.port=${port}`, `--IdentityProvider.token=${token}`, `--ServerApp.root_dir=${workDir}`,
    `--LabApp.workspaces_dir=${workspaces}`,
    '--LabApp.news_url=', '--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate'],
  { env: { ...process.env, TIKTOK_CLAIMS_HOME: root }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let labLog = '';
  lab.stderr.on('data', (d) => { labLog = (labLog + d).slice(-4000); });
  lab.on('exit', (code) => { if (code) console.error('jupyter lab exited', code, labLog); });
  await waitForLab(60_000);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});

after(async () => {
  if (browser) await browser.close();
  if (lab) { try { process.kill(-lab.pid, 'SIGTERM'); } catch { /* gone */ } }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  if (workspaces) rmSync(workspaces, { recursive: true, force: true });
});

test(`JupyterLab runs ${notebook} through the UI: a table and a plot appear, no error output`, { timeout: 300_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/lab/tree/${notebook}?token=${token}`);
  await page.waitForSelector('.jp-Notebook .jp-Cell', { timeout: 90_000 });
  // Wait until the server reports the notebook's kernel started and idle, then let the page finish connecting:
  // a 'Run All' sent while the kernel is still connecting is lost.
  const kernelIdle = async () => {
    const r = await fetch(`http://127.0.0.1:${port}/api/sessions?token=${token}`);
    const sessions = r.ok ? await r.json() : [];
    return sessions.some((s) => s.path.endsWith(notebook) && s.kernel && s.kernel.execution_state === 'idle');
  };
  const ready = Date.now() + 120_000;
  while (!(await kernelIdle())) {
    assert.ok(Date.now() < ready, 'the kernel did not start within 120 s');
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(3000);
  // Every code cell ends with an execution count ([n]), none is queued or running ([*]).
  const prompts = () => page.$$eval('.jp-CodeCell .jp-InputArea-prompt', (ps) => ps.map((p) => p.textContent.trim()));
  const runAll = async () => {
    await page.click('.lm-MenuBar-itemLabel:text-is("Run")');
    await page.click('.lm-Menu-itemLabel:text-is("Run All Cells")');
  };
  await runAll();
  const start = Date.now();
  let seen = [];
  let retried = false;
  while (Date.now() < start + 240_000) {
    seen = await prompts();
    if (seen.length > 0 && seen.every((t) => /^\[\d+\]:$/.test(t))) break;
    // A request sent while the page was still connecting can be dropped: if nothing is queued or running after
    // 30 s and the kernel is idle, run all once more, as a user would.
    if (!retried && Date.now() > start + 30_000 && !seen.includes('[*]:') && await kernelIdle()) {
      retried = true;
      await runAll();
    }
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: join(reports, 'jupyterlab-screenshot.png'), fullPage: false });
  assert.ok(seen.length > 0 && seen.every((t) => /^\[\d+\]:$/.test(t)), `cells did not all run: ${JSON.stringify(seen)}`);
  const tables = await page.locator('.jp-OutputArea-output table').count();
  const images = await page.locator('.jp-OutputArea-output img').count();
  const errors = await page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').count();
  assert.ok(tables > 0, 'no table output appeared');
  assert.ok(images > 0, 'no plot image appeared');
  assert.equal(errors, 0, 'an error output appeared');
  await page.close();
});

test('a rendered stakeholder page shows its images', { timeout: 60_000 }, async () => {
  const dir = join(reports, 'stakeholders');
  assert.ok(existsSync(dir), 'reports/stakeholders/ is missing: run the notebooks first');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const summary = pages.find((f) => /summary/.test(f)) || pages[pages.length - 1];
  assert.ok(summary, 'no stakeholder page was rendered');
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  await page.goto(pathToFileURL(join(dir, summary)).href);
  const sizes = await page.$$eval('img', (imgs) => imgs.map((i) => [i.complete, i.naturalWidth]));
  await page.screenshot({ path: join(reports, 'stakeholder-screenshot.png'), fullPage: false });
  assert.ok(sizes.length > 0, `${summary} has no images`);
  for (const [complete, width] of sizes) assert.ok(complete && width > 0, `${summary} has an image that does not load`);
  const code = await page.locator('.jp-CodeCell .jp-InputArea-editor').count();
  assert.equal(code, 0, `${summary} shows code cells`);
  await page.close();
});
