// Opens the generated HTML report in headless Chromium (Debian's package; no browser is downloaded) and fails on
// any console error or page error, on any network request other than the report file itself, on a section that is
// missing from the DOM, or on a blank screenshot.
//
// usage: node report.test.mjs [report.html] [screenshot.png] [--sections sections.json]
//   sections.json: a JSON array of the section ids to expect; default: the report's own body[data-sections].
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const argv = process.argv.slice(2);
const sectionsAt = argv.indexOf('--sections');
const sectionsFile = sectionsAt >= 0 ? argv.splice(sectionsAt, 2)[1] : null;
const repo = resolve(import.meta.dirname, '..', '..');
const report = resolve(argv[0] ?? join(repo, 'artifacts', 'report.html'));
const screenshot = resolve(argv[1] ?? join(repo, 'artifacts', 'report.png'));
const url = pathToFileURL(report).href;

const failures = [];
const userDataDir = mkdtempSync(join(tmpdir(), 'reks-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 900 },
  offline: false,
});

try {
  context.on('request', (request) => {
    if (request.url() !== url) {
      failures.push(`network request: ${request.method()} ${request.url()}`);
    }
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      failures.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));

  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || !response.ok()) {
    failures.push(`could not open ${url}`);
  }

  const expected = sectionsFile
    ? JSON.parse(readFileSync(sectionsFile, 'utf8'))
    : (await page.evaluate(() => document.body.dataset.sections ?? '')).split(' ').filter((s) => s.length > 0);
  if (expected.length === 0) {
    failures.push('the report lists no sections');
  }
  for (const id of expected) {
    const found = await page.evaluate((i) => {
      const e = document.getElementById(i);
      return e ? { tag: e.tagName, text: e.innerText.trim().length } : null;
    }, id);
    if (!found) {
      failures.push(`section #${id} is missing from the DOM`);
    } else if (found.tag !== 'SECTION' || found.text === 0) {
      failures.push(`#${id} is a <${found.tag.toLowerCase()}> with ${found.text} characters of text, not a section with content`);
    }
  }

  await page.screenshot({ path: screenshot, fullPage: true });
  const colours = distinctColours(readFileSync(screenshot));
  const bytes = statSync(screenshot).size;
  if (colours < 16 || bytes < 20_000) {
    failures.push(`the screenshot looks blank: ${colours} distinct colours, ${bytes} bytes`);
  }

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  writeFileSync(screenshot.replace(/\.png$/, '.pdf'), pdf);
  if (pages < 1) {
    failures.push('printing to A4 gave no pages');
  }

  console.log(`report: ${report}`);
  console.log(`sections: ${expected.join(', ')}`);
  console.log(`screenshot: ${screenshot} (${bytes} bytes, ${colours} distinct colours); A4 print: ${pages} page(s)`);
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) {
    console.error(`FAIL ${f}`);
  }
  process.exit(1);
}
console.log('browser test passed');

/** Counts the distinct colours of an 8-bit RGB or RGBA PNG (what Chromium writes), up to 4096. */
function distinctColours(png) {
  let offset = 8;
  let width = 0, height = 0, channels = 0;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || (data[9] !== 2 && data[9] !== 6)) {
        throw new Error(`unexpected PNG format: bit depth ${data[8]}, colour type ${data[9]}`);
      }
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let previous = Buffer.alloc(stride);
  const seen = new Set();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? line[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      let p = 0;
      if (filter === 1) p = a;
      else if (filter === 2) p = b;
      else if (filter === 3) p = (a + b) >> 1;
      else if (filter === 4) {
        const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
        p = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[x] = (line[x] + p) & 0xff;
    }
    for (let x = 0; x < stride && seen.size < 4096; x += channels) {
      seen.add((line[x] << 16) | (line[x + 1] << 8) | line[x + 2]);
    }
    previous = line;
  }
  return seen.size;
}
