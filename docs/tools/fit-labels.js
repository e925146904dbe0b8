// Sets every external label's bounds in the BPMN diagram (BPMNLabel) to where bpmn-js really draws its
// text, as Camunda Modeler does when a label is edited, so that the label-clear lint rule checks the
// text a reader sees. bpmn-js draws a label's text around the centre of its bounds, so the bounds become
// the text's box around the same centre.
// cd docs/tools && npm install && node fit-labels.js ../../processes/*.bpmn
const { openDiagramPage } = require('./diagram-page');
const fs = require('fs');
const path = require('path');
(async () => {
  const files = process.argv.slice(2);
  const { browser, page } = await openDiagramPage();
  for (const file of files) {
    let xml = fs.readFileSync(file, 'utf8');
    const texts = await page.evaluate(async (xml) => {
      document.getElementById('c').innerHTML = '';
      const viewer = new BpmnJS({ container: '#c' });
      await viewer.importXML(xml);
      const registry = viewer.get('elementRegistry');
      const found = {};
      for (const label of registry.filter(element => element.type === 'label')) {
        const text = registry.getGraphics(label).querySelector('text');
        if (!text || !text.textContent.trim()) {
          continue;
        }
        const box = text.getBBox();
        // The label keeps its centre: bpmn-js centres the label on it, with a width of its own measure that
        // can differ from the drawn text's by a pixel or two, which would otherwise move the label at every run.
        const bounds = label.di && label.di.label && label.di.label.bounds;
        const middle = bounds ? bounds.x + bounds.width / 2 : label.x + label.width / 2;
        found[label.businessObject.id] = { x: Math.round(middle - box.width / 2), y: Math.round(label.y + box.y),
          width: Math.ceil(box.width), height: Math.ceil(box.height) };
      }
      return found;
    }, xml);
    let changed = 0;
    for (const [id, b] of Object.entries(texts)) {
      const block = new RegExp(`(<bpmndi:BPMN(Shape|Edge)[^>]*bpmnElement="${id}"(?:(?!</bpmndi:BPMN(?:Shape|Edge)>)[\\s\\S])*?`
        + `<bpmndi:BPMNLabel>\\s*<dc:Bounds )[^/]*(/>)`);
      if (!block.test(xml)) {
        console.log(`${path.basename(file)}: ${id} has no BPMNLabel bounds; add them first`);
        continue;
      }
      const next = xml.replace(block, (all, head, kind, tail) =>
        `${head}x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" ${tail}`);
      changed += next === xml ? 0 : 1;
      xml = next;
    }
    fs.writeFileSync(file, xml);
    console.log(`${path.basename(file)}: ${changed} label bounds fitted`);
  }
  await browser.close();
})();
