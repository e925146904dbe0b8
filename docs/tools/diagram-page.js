// A headless Debian Chromium page with bpmn-js's viewer loaded, shared by render-diagrams.js and fit-labels.js so
// that the labels are measured as they are drawn.
const { chromium } = require('playwright-core');
const path = require('path');

async function openDiagramPage() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 2000, height: 900 }, deviceScaleFactor: 1 });
  const dist = path.join(__dirname, 'node_modules/bpmn-js/dist');
  await page.setContent(`<html><head><style>html,body{margin:0;background:#fff}#c{width:2000px;height:900px}</style>
    </head><body><div id="c"></div></body></html>`);
  // Added as content: a page set from a string may not link a local file.
  await page.addStyleTag({ path: path.join(dist, 'assets/bpmn-js.css') });
  await page.addScriptTag({ path: path.join(dist, 'bpmn-viewer.production.min.js') });
  return { browser, page };
}

module.exports = { openDiagramPage };
