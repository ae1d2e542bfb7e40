// The report sites and PDFs, as a reader gets them: reports/index.html and reports/stakeholders/index.html list
// every executed notebook, every page has a real title and links that resolve, nothing is fetched from another
// host, stakeholder pages show no code, programmer instructions or local paths, and the PDFs hold the summary's
// numbers. Run by `make test` after the notebooks ran and scripts/report-pdf.mjs printed the PDFs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const reports = join(root, 'reports');
const site = join(reports, 'stakeholders');
const notebooks = readdirSync(join(root, 'notebooks')).filter((f) => /^\d\d-.*\.ipynb$/.test(f)).sort();
const html = (dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const read = (file) => readFileSync(file, 'utf8');
// CSS comments in nbconvert's stylesheet cite URLs; they are not fetched.
const withoutCssComments = (page) => page.replace(/\/\*[\s\S]*?\*\//g, '');

function links(page) {
  const found = [];
  for (const m of withoutCssComments(page).matchAll(/\b(href|src)\s*=\s*["']([^"']*)["']/gi)) found.push(m[2]);
  return found;
}

function ids(page) {
  return new Set([...page.matchAll(/\bid\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]));
}

test('every notebook has a page with code and, but for 00-setup, a stakeholder page; both indexes list them', () => {
  const analystIndex = read(join(reports, 'index.html'));
  const readerIndex = read(join(site, 'index.html'));
  for (const nb of notebooks) {
    const page = nb.replace(/\.ipynb$/, '.html');
    assert.ok(existsSync(join(reports, page)), `reports/${page} is missing`);
    assert.ok(analystIndex.includes(`href="${page}"`), `reports/index.html does not link ${page}`);
    if (nb === '00-setup.ipynb') continue;
    assert.ok(existsSync(join(site, page)), `reports/stakeholders/${page} is missing`);
    assert.ok(readerIndex.includes(`href="${page}"`), `reports/stakeholders/index.html does not link ${page}`);
  }
  // The executive summary comes first on the stakeholder index.
  const first = readerIndex.match(/<tbody>\s*<tr><td><a href="([^"]+)"/);
  assert.ok(first && /summary/.test(first[1]), `the stakeholder index does not start with the summary: ${first && first[1]}`);
  // The index says which data, seed and code version produced the pages, and the data file is named, not located.
  const dataFile = (process.env.TIKTOK_DATA || 'tiktok_dataset.csv').split('/').pop();
  for (const index of [analystIndex, readerIndex]) {
    assert.match(index, /The question\./);
    assert.match(index, /code version\s*<b>[0-9a-f]{7,}( \+ uncommitted changes)?<\/b>/);
    assert.match(index, /SEED = \d+/);
    assert.match(index, /[\d,]+ rows/);
    assert.ok(index.includes(dataFile), `the index does not name ${dataFile}`);
    if (process.env.TIKTOK_DATA) assert.ok(!index.includes(dirname(process.env.TIKTOK_DATA)), 'the index prints a local path');
  }
});

test('every page has a real title, a link to the index, and previous/next links in reading order', () => {
  for (const dir of [reports, site]) {
    const pages = html(dir).filter((f) => f !== 'index.html' && f !== 'print.html');
    let withPrev = 0; let withNext = 0;
    for (const f of pages) {
      const page = read(join(dir, f));
      const title = (page.match(/<title>([^<]*)<\/title>/) || [])[1];
      assert.ok(title && title.trim() && title !== 'Notebook', `${f}: title is ${JSON.stringify(title)}`);
      assert.ok(page.includes('href="index.html"'), `${f} has no link to the index`);
      if (/rel="prev"/.test(page)) withPrev++;
      if (/rel="next"/.test(page)) withNext++;
    }
    assert.equal(withPrev, pages.length - 1, `${dir}: every page but the first links to the previous one`);
    assert.equal(withNext, pages.length - 1, `${dir}: every page but the last links to the next one`);
  }
});

test('every link and image of both sites resolves locally, and nothing is fetched from another host', () => {
  let checked = 0;
  for (const dir of [reports, site]) {
    for (const f of html(dir)) {
      const page = read(join(dir, f));
      const own = ids(page);
      for (const link of links(page)) {
        checked++;
        assert.ok(!/^(https?:)?\/\//i.test(link), `${f}: external reference ${link}`);
        if (/^(data:|mailto:|javascript:)/i.test(link)) continue;
        const [path, anchor] = link.split('#');
        const target = path ? join(dir, decodeURIComponent(path)) : join(dir, f);
        assert.ok(existsSync(target), `${f}: link ${link} does not resolve`);
        if (anchor) {
          const targetIds = path ? ids(read(target)) : own;
          assert.ok(targetIds.has(anchor) || targetIds.has(decodeURIComponent(anchor)), `${f}: anchor #${anchor} not found`);
        }
      }
      const css = withoutCssComments(page);
      assert.ok(!/url\(\s*["']?(https?:)?\/\//i.test(css), `${f}: CSS fetches from another host`);
      assert.ok(!/import\(\s*["']https?:/i.test(css), `${f}: a script imports from another host`);
      // (The classes tex2jax_ignore / mathjax_ignore on our outputs are no fetch.)
      assert.ok(!/<script[^>]*(mathjax|require)|MathJax\.Hub|window\.MathJax|require\.min\.js|fonts\.googleapis/i.test(css),
        `${f}: still loads MathJax, require.js or web fonts`);
    }
  }
  assert.ok(checked > 50, `only ${checked} links checked`);
});

test('stakeholder pages show no code, no programmer instructions, no local paths, no notebook file names', () => {
  const dataDir = process.env.TIKTOK_DATA ? dirname(resolve(process.env.TIKTOK_DATA)) : null;
  for (const f of html(site)) {
    const page = read(join(site, f));
    assert.ok(!/class="[^"]*jp-InputArea-editor/.test(page), `${f} shows a code cell`);
    // The page's text, as a reader sees it (tags and the stylesheet stripped).
    const text = page.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ');
    for (const bad of [/\$TIKTOK_DATA/, /\.\/tiktok-claims/, /ClaimsData\./, /%load/, /\bmake (build|report|test)\b/,
      /\b\d\d-[a-z-]+\.ipynb\b/, /\/(home|work|tmp|Users)\//, /analyst-only/]) {
      assert.ok(!bad.test(text), `${f} shows ${bad}: ${(text.match(new RegExp(`.{0,60}${bad.source}.{0,60}`)) || [''])[0]}`);
    }
    if (dataDir) assert.ok(!text.includes(dataDir), `${f} prints the data folder ${dataDir}`);
  }
  // The cells kept from stakeholders are on the analyst pages.
  assert.match(read(join(reports, '06-claims.html')), /tiktok-claims claims train/);
});

// The pixel size of a base64 PNG, from its IHDR chunk (bytes 16-23).
function pngSize(base64) {
  const head = Buffer.from(base64.slice(0, 44), 'base64');
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

test('chart images are sharp: at least twice the pixels of their displayed size, which stays the chart\'s', () => {
  let charts = 0;
  for (const f of html(site)) {
    for (const m of read(join(site, f)).matchAll(/<img\b[^>]*src="data:image\/png;base64,([^"]+)"[^>]*>/g)) {
      const tag = m[0].replace(m[1], '');
      const width = Number((tag.match(/\bwidth="(\d+)"/) || [])[1]);
      const height = Number((tag.match(/\bheight="(\d+)"/) || [])[1]);
      assert.ok(width > 0 && height > 0, `${f}: an image with no displayed size: ${tag.slice(0, 120)}`);
      const [w, h] = pngSize(m[1]);
      assert.ok(w >= 2 * width && h >= 2 * height, `${f}: ${w}x${h} pixels shown at ${width}x${height}`);
      charts++;
    }
  }
  assert.ok(charts >= 10, `only ${charts} chart images on the stakeholder pages`);
});

test('both indexes link the PDFs printed from their pages, and say plainly when there are none', () => {
  for (const [index, prefix] of [[join(site, 'index.html'), 'stakeholders/'], [join(reports, 'index.html'), 'stakeholders/']]) {
    const page = read(index);
    const rel = index.startsWith(site) ? '' : prefix;
    for (const pdf of ['executive-summary.pdf', 'stakeholder-report.pdf']) {
      assert.ok(existsSync(join(site, pdf)), `${pdf} is missing: run node scripts/report-pdf.mjs reports`);
      assert.ok(page.includes(`href="${rel}${pdf}"`), `${index} does not link ${rel}${pdf}`);
    }
  }
  // The same notebooks with no PDFs: the indexes say so and link none (the link check would catch a dead one).
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  try {
    mkdirSync(join(dir, 'stakeholders'));
    for (const f of readdirSync(reports).filter((n) => n.endsWith('.ipynb'))) copyFileSync(join(reports, f), join(dir, f));
    copyFileSync(join(site, 'print.html'), join(dir, 'stakeholders', 'print.html'));
    execFileSync(join(root, '.venv', 'bin', 'python'), [join(root, 'scripts', 'report_site.py'), '--indexes', dir]);
    for (const index of [join(dir, 'index.html'), join(dir, 'stakeholders', 'index.html')]) {
      const page = read(index);
      assert.ok(!/href="[^"]*\.pdf"/.test(page), `${index} links a PDF that was not written`);
      assert.match(page, /PDF:<\/b> not written/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function pdfText(file) {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

// The bold numbers of the summary's computed sentences (Prose cells filled from notebooks/prose/), read from the executed notebook (not typed here).
function summaryNumbers() {
  const nb = JSON.parse(read(join(reports, notebooks.find((n) => /summary/.test(n)))));
  const numbers = [];
  for (const cell of nb.cells) {
    for (const out of cell.outputs || []) {
      const shown = [].concat((out.data || {})['text/html'] || []).join('');
      if (!shown.includes('tc-markdown')) continue;
      for (const m of shown.matchAll(/<b>([^<]*\d[^<]*)<\/b>/g)) numbers.push(m[1].trim());
    }
  }
  return numbers;
}

test('the PDFs are A4, numbered, start with the data banner and hold the summary\'s computed numbers', () => {
  const numbers = summaryNumbers();
  assert.ok(numbers.length >= 8, `only ${numbers.length} bold numbers found in the executed summary`);
  for (const pdf of ['executive-summary.pdf', 'stakeholder-report.pdf']) {
    const file = join(site, pdf);
    assert.ok(existsSync(file), `${pdf} is missing: run node scripts/report-pdf.mjs reports`);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/, `${pdf} is not A4`);
    const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
    const text = pdfText(file);
    const flat = text.replace(/\s+/g, ' ');
    assert.match(text.split('\f')[0], /(Data: |SAMPLE DATA)[^\n]*\([\d,]+ rows\)/, `${pdf}: no data banner on page one`);
    assert.ok(flat.includes(`page ${pages} of ${pages}`), `${pdf}: no page numbers`);
    for (const n of numbers) assert.ok(flat.includes(n), `${pdf} lacks the summary's "${n}"`);
  }
});
