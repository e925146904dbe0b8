// Renders BPMN files to PNG with bpmn-js in headless Chromium (Debian's, never a downloaded one).
// cd docs/tools && npm install && node render-diagrams.js ../diagrams ../../processes/*.bpmn
const { openDiagramPage } = require('./diagram-page');
const fs = require('fs');
const path = require('path');
(async () => {
  const [outDir, ...files] = process.argv.slice(2);
  const { browser, page } = await openDiagramPage();
  for (const file of files) {
    const xml = fs.readFileSync(file, 'utf8');
    const box = await page.evaluate(async (xml) => {
      document.getElementById('c').innerHTML = '';
      const viewer = new BpmnJS({ container: '#c' });
      await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      canvas.zoom(1);
      const b = document.querySelector('#c svg g.viewport').getBBox();
      canvas.viewbox({ x: b.x - 20, y: b.y - 20, width: 2000, height: 900 });
      return { w: Math.min(2000, b.width + 40), h: Math.min(900, b.height + 40) };
    }, xml);
    const name = path.basename(file, '.bpmn');
    await page.screenshot({ path: path.join(outDir, name + '.png'), clip: { x: 0, y: 0, width: box.w, height: box.h } });
    console.log('rendered', name);
  }
  await browser.close();
})();
