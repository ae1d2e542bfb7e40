// Browser tests, as a user would: JupyterLab runs a notebook through its UI (user text stays text, a saved notebook
// changes only in its outputs, a parameter the user set survives the %load); a stakeholder page shows its images.
// Run by `make test` (after the notebooks were executed into reports/). Needs Debian's chromium and playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
// The notebook on show (JupyterLab keeps other panels in the DOM, hidden).
const NB = '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook';

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
  // A fresh workspace: no panels restored from an earlier session.
  workspaces = mkdtempSync(join(tmpdir(), 'tiktok-lab-ws-'));
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

// Opens a notebook in JupyterLab and waits until its kernel is started and idle.
async function openNotebook(name) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/lab/tree/${name}?reset&token=${token}`);
  await page.waitForSelector(`${NB} .jp-Cell`, { timeout: 90_000 });
  // Wait until the server reports the notebook's kernel started and idle, then let the page finish connecting:
  // a 'Run All' sent while the kernel is still connecting is lost.
  const ready = Date.now() + 120_000;
  while (!(await kernelIdle(name))) {
    assert.ok(Date.now() < ready, 'the kernel did not start within 120 s');
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(3000);
  return page;
}

async function kernelIdle(name) {
  const r = await fetch(`http://127.0.0.1:${port}/api/sessions?token=${token}`);
  const sessions = r.ok ? await r.json() : [];
  return sessions.some((s) => s.path.endsWith(name) && s.kernel && s.kernel.execution_state === 'idle');
}

async function menu(page, top, item) {
  await page.click(`.lm-MenuBar-itemLabel:text-is("${top}")`);
  await page.click(`.lm-Menu-itemLabel:text-is("${item}")`);
}

// Every code cell ends with an execution count ([n]), none is queued or running ([*]).
const prompts = (page) => page.$$eval(`${NB} .jp-CodeCell .jp-InputArea-prompt`, (ps) => ps.map((p) => p.textContent.trim()));
const allRan = (seen) => seen.length > 0 && seen.every((t) => /^\[\d+\]:$/.test(t));

async function runAll(page, name) {
  await menu(page, 'Run', 'Run All Cells');
  const start = Date.now();
  let seen = [];
  let retried = false;
  while (Date.now() < start + 240_000) {
    seen = await prompts(page);
    if (allRan(seen)) break;
    // A request sent while the page was still connecting can be dropped: if nothing is queued or running after
    // 30 s and the kernel is idle, run all once more, as a user would.
    if (!retried && Date.now() > start + 30_000 && !seen.includes('[*]:') && await kernelIdle(name)) {
      retried = true;
      await menu(page, 'Run', 'Run All Cells');
    }
    await page.waitForTimeout(500);
  }
  assert.ok(allRan(seen), `${name}: cells did not all run: ${JSON.stringify(seen)}`);
  const errors = await page.locator(`${NB} .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]`).count();
  assert.equal(errors, 0, `${name}: an error output appeared`);
}

// Runs the active cell and waits for the kernel to answer it.
async function runCell(page, cell) {
  await cell.click();
  await page.keyboard.press('Control+Enter');
  const end = Date.now() + 60_000;
  await page.waitForTimeout(500);
  while (!/^\[\d+\]:$/.test((await cell.locator('.jp-InputArea-prompt').textContent()).trim())) {
    assert.ok(Date.now() < end, 'a cell did not finish within 60 s');
    await page.waitForTimeout(250);
  }
}

test(`JupyterLab runs ${notebook} through the UI: a table and a plot appear, no error output`, { timeout: 300_000 }, async () => {
  const page = await openNotebook(notebook);
  await runAll(page, notebook);
  await page.screenshot({ path: join(reports, 'jupyterlab-screenshot.png'), fullPage: false });
  const tables = await page.locator(`${NB} .jp-OutputArea-output table`).count();
  const images = await page.locator(`${NB} .jp-OutputArea-output img`).count();
  assert.ok(tables > 0, 'no table output appeared');
  assert.ok(images > 0, 'no plot image appeared');
  await page.close();
});

test('01-plan: a transcript with "$475 million ... $300 billion" is plain text, never typeset as maths; '
  + 'opening, running, saving and closing the notebook changes nothing but outputs', { timeout: 300_000 }, async () => {
  const name = '01-plan.ipynb';
  const committed = readFileSync(join(root, 'notebooks', name), 'utf8');
  const page = await openNotebook(name);
  await runAll(page, name);
  const row = page.locator(`${NB} .jp-OutputArea-output tr`, { hasText: '$475 million' });
  assert.equal(await row.count(), 1, 'the first-rows table does not show the "$475 million" transcript as text');
  const output = page.locator(`${NB} .jp-OutputArea-output`, { has: row });
  assert.equal(await output.locator('mjx-container, .MathJax, mjx-math').count(), 0,
    'MathJax typeset user text in the first-rows table');
  assert.match(await row.innerText(), /\$475 million usd, worth over \$300 billion usd today/);
  // The control: the same text in an HTML output without our wrapper IS typeset by this JupyterLab, so the check
  // above can fail.
  const control = 'mathjax-control.ipynb';
  writeFileSync(join(workDir, control), JSON.stringify({
    cells: [{ cell_type: 'code', execution_count: 1, id: 'control', metadata: {}, source: ['1'], outputs: [{
      output_type: 'execute_result', execution_count: 1, metadata: {},
      data: { 'text/html': ['<table><tr><td>a net worth of $475 million usd, worth over $300 billion usd</td></tr></table>'],
        'text/plain': ['control'] } }] }],
    metadata: JSON.parse(committed).metadata, nbformat: 4, nbformat_minor: 5 }));
  const other = await openNotebook(control);
  const end = Date.now() + 30_000;
  while (await other.locator(`${NB} .jp-OutputArea-output mjx-container`).count() === 0 && Date.now() < end) {
    await other.waitForTimeout(250);
  }
  assert.ok(await other.locator(`${NB} .jp-OutputArea-output mjx-container`).count() > 0,
    'control: JupyterLab did not typeset $...$ in an unwrapped HTML output, so the check proves nothing');
  await other.close();
  await page.keyboard.press('Control+s');
  await page.waitForTimeout(1500);
  await page.click('.lm-MenuBar-itemLabel:text-is("File")');
  await page.click('.lm-Menu-itemLabel:text-matches("^Close and Shut Down Notebook")');
  const dialog = page.locator('.jp-Dialog button.jp-mod-accept');
  if (await dialog.count()) await dialog.first().click();
  await page.waitForTimeout(1000);
  await page.close();
  // The saved notebook, outputs aside, is byte for byte the committed one: git status stays clean.
  const saved = JSON.parse(readFileSync(join(workDir, name), 'utf8'));
  assert.ok(saved.cells.some((c) => c.outputs && c.outputs.length > 0), 'the saved notebook has no outputs');
  for (const c of saved.cells) if (c.cell_type === 'code') { c.outputs = []; c.execution_count = null; }
  const strip = JSON.stringify(saved, null, 1) + '\n';
  assert.deepEqual(JSON.parse(strip).metadata, JSON.parse(committed).metadata, 'JupyterLab changed the notebook metadata');
  assert.equal(strip, committed, 'opening, running and saving the notebook changed more than its outputs');
});

test('03-construct: a changed parameters cell is kept when the %load cell is run again; help(Logit.class, "fit") '
  + 'and help(Table.class, "summarize") show their Javadoc sentences, and so does Shift+Tab on Logit.fit', { timeout: 300_000 }, async () => {
  const name = '03-construct.ipynb';
  const page = await openNotebook(name);
  const cells = page.locator(`${NB} .jp-Cell`);
  const params = page.locator(`${NB} .jp-CodeCell`).first();
  assert.match(await params.locator('.cm-content').innerText(), /long SEED = 42;/);
  await params.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('long SEED = 7;');
  await runCell(page, params);
  const load = page.locator(`${NB} .jp-CodeCell`).nth(1);
  assert.match(await load.locator('.cm-content').innerText(), /%load 00-setup/);
  await runCell(page, load);
  // A new cell at the end shows the seed in force.
  await cells.last().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.waitForTimeout(500);
  const probe = page.locator(`${NB} .jp-CodeCell`).last();
  await probe.locator('.cm-content').click();
  await page.keyboard.type('SEED');
  await runCell(page, probe);
  assert.equal((await probe.locator('.jp-OutputArea-output').innerText()).trim(), '7',
    're-running %load 00-setup reset the seed the user set');
  // Help in the notebook: help(...) (imported by 00-setup) shows a lib method's signature and the first sentence
  // of its Javadoc, extracted from the sources at build time.
  const help = await newCell(page, probe, 'help(Logit.class, "fit")');
  await runCell(page, help);
  const shown = await help.locator('.jp-OutputArea-output').innerText();
  assert.match(shown, /static LogitResult fit\(DesignMatrix design\)/, 'help did not list Logit.fit');
  assert.ok(shown.includes(expected('help', LIB_SENTENCE)), 'help did not show the Javadoc sentence of Logit.fit');
  // The same for a Tablesaw method: its Javadoc comes from Tablesaw's sources jar, indexed at build time.
  const tablesaw = await newCell(page, help, 'help(Table.class, "summarize")');
  await runCell(page, tablesaw);
  const summarize = await tablesaw.locator('.jp-OutputArea-output').innerText();
  assert.match(summarize, /Summarizer summarize\(String columName, AggregateFunction<\?, \?>\.\.\. functions\)/,
    'help did not list Table.summarize');
  assert.ok(summarize.includes(expected('tablesaw', TABLESAW_SENTENCE)), 'help did not show the Javadoc sentence of Table.summarize');
  // Shift+Tab with the cursor in a method name: the kernel's inspect answers with the method's Javadoc.
  const inspect = await newCell(page, tablesaw, 'Logit.fit(');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+Tab');
  const tooltip = page.locator('.jp-Tooltip');
  await tooltip.waitFor({ timeout: 30_000 });
  const tip = await tooltip.innerText();
  assert.match(tip, /Logit\.fit\(DesignMatrix design\)/, `Shift+Tab did not show Logit.fit: ${tip}`);
  assert.ok(tip.includes(expected('tooltip', LIB_SENTENCE)), `Shift+Tab did not show the Javadoc of Logit.fit: ${tip}`);
  await page.keyboard.press('Escape');
  await inspect.locator('.cm-content').click();
  await page.close();
});

// The first Javadoc sentences the help checks expect (from the lib's and Tablesaw's sources). HELP_CHECK_CHANGE=help,
// =tablesaw or =tooltip changes the one that check expects, to show that it fails when the sentence shown is not it.
const expected = (check, sentence) => sentence + (process.env.HELP_CHECK_CHANGE === check ? ' (changed)' : '');
const LIB_SENTENCE = 'Fits by maximum likelihood.';
const TABLESAW_SENTENCE = 'Returns a Summarizer that can be used to summarize the column with the given name(s) using '
  + 'the given functions.';

// Adds a code cell below `after`, types `code` into it and returns it (the cursor stays at the end of the code).
async function newCell(page, after, code) {
  await after.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await page.waitForTimeout(500);
  const cell = page.locator(`${NB} .jp-CodeCell`).last();
  await cell.locator('.cm-content').click();
  await page.keyboard.type(code);
  return cell;
}

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
