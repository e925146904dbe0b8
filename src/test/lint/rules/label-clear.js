const { is } = require('bpmnlint-utils');

/**
 * No label of the diagram touches a shape, a flow or another label, so that every picture of a model
 * (Modeler, Cockpit, docs/diagrams) reads without guessing. A label is where the diagram's BPMNLabel
 * bounds put it; an event, a gateway or a flow with a name must therefore have such bounds (Modeler
 * writes them), else the renderer would choose a place that nobody checked. The name of an expanded
 * sub-process is drawn along its top edge: the top TITLE pixels of the sub-process belong to it; the
 * marker of a multi-instance sub-process is drawn in the middle of its bottom edge, as if a shape.
 */
const GAP = 2;
const TITLE = 24;

module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }
    for (const diagram of node.diagrams || []) {
      checkPlane(diagram.plane, reporter);
    }
  }

  return { check };
};

function checkPlane(plane, reporter) {
  const shapes = [];
  const edges = [];
  const labels = [];
  for (const di of plane.planeElement || []) {
    const element = di.bpmnElement;
    if (!element) {
      continue;
    }
    const labelBounds = di.label && di.label.bounds;
    if (is(di, 'bpmndi:BPMNShape')) {
      const container = di.isExpanded && (is(element, 'bpmn:SubProcess') || is(element, 'bpmn:Participant'));
      shapes.push({ id: element.id, what: 'the shape', bounds: di.bounds, container });
      if (container && element.name) {
        labels.push({ id: element.id, what: 'the title', bounds: titleBand(di.bounds), own: element.id });
      }
      if (container && element.loopCharacteristics) {
        shapes.push({ id: element.id, what: 'the multi-instance marker', bounds: bottomMarker(di.bounds) });
      }
    } else if (is(di, 'bpmndi:BPMNEdge')) {
      edges.push({ id: element.id, waypoints: di.waypoint || [] });
    }
    if (hasExternalLabel(element) && element.name) {
      if (!labelBounds) {
        reporter.report(element.id, 'Label has no bounds in the diagram (BPMNLabel)');
      } else {
        labels.push({ id: element.id, what: 'the label', bounds: labelBounds });
      }
    }
  }

  labels.forEach((label, index) => {
    const box = grow(label.bounds, GAP);
    for (const shape of shapes) {
      if (shape.id === label.own && shape.container) {
        continue;
      }
      if (shape.container && inside(box, shape.bounds)) {
        continue;
      }
      if (overlaps(box, shape.bounds)) {
        reporter.report(label.id, `${capital(label.what)} touches ${shape.what} of ${shape.id}`);
      }
    }
    for (const edge of edges) {
      if (crosses(edge.waypoints, box)) {
        reporter.report(label.id, `${capital(label.what)} touches the flow ${edge.id}`);
      }
    }
    labels.slice(index + 1).forEach(other => {
      if (overlaps(box, other.bounds)) {
        reporter.report(label.id, `${capital(label.what)} touches ${other.what} of ${other.id}`);
      }
    });
  });
}

function hasExternalLabel(element) {
  return is(element, 'bpmn:Event') || is(element, 'bpmn:Gateway') || is(element, 'bpmn:SequenceFlow')
      || is(element, 'bpmn:MessageFlow') || is(element, 'bpmn:DataObjectReference')
      || is(element, 'bpmn:DataStoreReference');
}

function titleBand(bounds) {
  return { x: bounds.x + GAP, y: bounds.y + GAP, width: bounds.width - 2 * GAP, height: TITLE - GAP };
}

function bottomMarker(bounds) {
  return { x: bounds.x + bounds.width / 2 - 8, y: bounds.y + bounds.height - 22, width: 16, height: 18 };
}

function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function grow(b, by) {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a, b) {
  return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

function crosses(waypoints, box) {
  for (let i = 1; i < waypoints.length; i++) {
    if (segmentMeetsBox(waypoints[i - 1], waypoints[i], box)) {
      return true;
    }
  }
  return false;
}

// Liang–Barsky clipping: does the segment p–q pass through the box?
function segmentMeetsBox(p, q, box) {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const sides = [
    [-dx, p.x - box.x], [dx, box.x + box.width - p.x],
    [-dy, p.y - box.y], [dy, box.y + box.height - p.y]
  ];
  for (const [pp, qq] of sides) {
    if (pp === 0) {
      if (qq < 0) {
        return false;
      }
    } else {
      const t = qq / pp;
      if (pp < 0) {
        t0 = Math.max(t0, t);
      } else {
        t1 = Math.min(t1, t);
      }
      if (t0 > t1) {
        return false;
      }
    }
  }
  return true;
}
