// Opens each of scorecard's web pages in headless Chromium (puppeteer-core) and checks what a
// person with a screen reader, a small screen or a zoomed browser needs:
//   - axe-core finds no violation of the WCAG 2.0/2.1 A and AA rules, at full width and at
//     320 CSS pixels;
//   - at 320 CSS pixels wide nothing needs scrolling sideways (WCAG 1.4.10 Reflow) except the
//     table, inside its labelled, focusable scroll region;
//   - the page makes no request (everything is inline) and holds no script;
//   - a screenshot at each width goes to the screenshot folder, for a person to look at.
// Usage: node check_pages.js SCREENSHOT_DIR PAGE.html...   Exit 1 on any failure.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.SCORECARD_CHROMIUM || '/usr/bin/chromium';
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// A page taller than this is screenshot one window high, not whole (the 1,000-indicator table).
const MAX_FULL_PAGE_PX = 16000;

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + n.failureSummary.replace(/\s+/g, ' ')),
      count: v.nodes.length,
    }));
  }, TAGS);
}

// What sticks out to the right of the window at this width, outside the table's scroll region.
async function reflowProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    const regions = Array.from(document.querySelectorAll('.table-region'));
    if (regions.length === 0) problems.push('no table region');
    for (const r of regions) {
      const label = r.getAttribute('aria-labelledby');
      if (r.getAttribute('role') !== 'region' || r.getAttribute('tabindex') !== '0' || !label ||
          !document.getElementById(label) || !document.getElementById(label).textContent.trim())
        problems.push('the table region is not a labelled, focusable region');
      const style = getComputedStyle(r);
      if (r.getBoundingClientRect().right > width + 1) problems.push('the table region is wider than the window');
      if (r.scrollWidth > r.clientWidth && !['auto', 'scroll'].includes(style.overflowX))
        problems.push('the table is wider than its region and the region does not scroll');
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('.table-region')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 1) {
        problems.push(`<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}> reaches ${Math.round(box.right)}px`);
        if (problems.length > 10) break;
      }
    }
    return problems;
  });
}

async function checkPage(browser, file, shots) {
  const failures = [];
  const page = await browser.newPage();
  const url = 'file://' + path.resolve(file);
  const requests = [];
  page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
  page.on('pageerror', (e) => failures.push('page error: ' + e.message));
  const name = path.basename(file, '.html');
  // The page's Content-Security-Policy forbids every script, axe's too: it is lifted for the
  // check, so the request count below also shows the page asks for nothing even without it.
  await page.setBypassCSP(true);

  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  const scripts = await page.evaluate(() => document.scripts.length);
  if (scripts !== 0) failures.push(`the page holds ${scripts} script(s); it must need none`);
  const lang = await page.evaluate(() => document.documentElement.lang);
  if (lang !== 'en-GB') failures.push(`lang is "${lang}", not en-GB`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: path.join(shots, name + '-1280.png'), fullPage: height <= MAX_FULL_PAGE_PX });
  for (const v of await axeViolations(page))
    failures.push(`axe at 1280px: ${v.id} (${v.impact}, ${v.count} element(s)): ${v.help}\n      ` + v.nodes.join('\n      '));

  // Reflow: 320 CSS pixels, as a 1280-pixel window zoomed to 400%.
  await page.setViewport({ width: 320, height: 640 });
  for (const p of await reflowProblems(page)) failures.push('at 320px: ' + p);
  const narrowHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: path.join(shots, name + '-320.png'), fullPage: narrowHeight <= MAX_FULL_PAGE_PX });
  for (const v of await axeViolations(page))
    failures.push(`axe at 320px: ${v.id} (${v.impact}, ${v.count} element(s)): ${v.help}\n      ` + v.nodes.join('\n      '));

  for (const r of requests) failures.push('request made: ' + r);
  await page.close();
  return failures;
}

async function main() {
  const [shots, ...files] = process.argv.slice(2);
  if (!shots || files.length === 0) {
    console.error('usage: node check_pages.js SCREENSHOT_DIR PAGE.html...');
    process.exit(2);
  }
  fs.mkdirSync(shots, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  let failed = 0;
  try {
    for (const file of files) {
      const failures = await checkPage(browser, file, shots);
      if (failures.length) {
        failed++;
        console.log(`FAIL ${file}`);
        for (const f of failures) console.log('  - ' + f);
      } else {
        console.log(`ok   ${file}`);
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`${files.length - failed} of ${files.length} pages passed; screenshots in ${shots}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(1); });
