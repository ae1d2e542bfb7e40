// The stakeholder PDFs, printed by the headless Debian Chromium the browser tests use (playwright-core):
//   <reports>/stakeholders/executive-summary.pdf   the executive summary page
//   <reports>/stakeholders/stakeholder-report.pdf  every stakeholder page in reading order (print.html)
// A4, page numbers in the footer, backgrounds printed (the data banner), charts and tables not split across pages
// (the pages' CSS: break-inside: avoid). Pages are opened from file:// with every other host blocked, so a PDF
// shows exactly what a reader of the self-contained site sees.
// Usage: node scripts/report-pdf.mjs [reports]
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const reports = resolve(process.argv[2] || 'reports');
const site = join(reports, 'stakeholders');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.error(`report-pdf: no Chromium at ${chromiumPath} (make system installs it): PDFs not written`);
  process.exit(3);
}
const summary = readdirSync(site).find((f) => /summary.*\.html$/.test(f));
const jobs = [['print.html', 'stakeholder-report.pdf']];
if (summary) jobs.unshift([summary, 'executive-summary.pdf']);

const footer = '<div style="font-size:8px;font-family:sans-serif;width:100%;text-align:center;color:#555">'
  + '<span class="title"></span> &#183; page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';
const browser = await chromium.launch({ executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  for (const [page_, pdf] of jobs) {
    const source = join(site, page_);
    if (!existsSync(source)) throw new Error(`report-pdf: ${source} is missing`);
    const page = await browser.newPage();
    await page.route(/^https?:/, (route) => route.abort());
    await page.goto(pathToFileURL(source).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const target = join(site, pdf);
    await page.pdf({ path: target + '.tmp', format: 'A4', printBackground: true, displayHeaderFooter: true,
      headerTemplate: '<span></span>', footerTemplate: footer,
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' } });
    renameSync(target + '.tmp', target);
    await page.close();
    console.log(`  pdf    ${target}`);
  }
} finally {
  await browser.close();
}
