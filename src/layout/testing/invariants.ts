// What every auto layout must leave true, checked from the document alone, with geometry written
// apart from the layout code so that a bug there cannot hide itself here.

import type { FlowNode, Point, SalesDocument } from '../../model/types';
import { laneBands } from '../../model/laneBands';
import { findCollisions, type LabelledBox } from '../../geometry/collisions';
import { segmentEntersRect } from '../../geometry/segments';
import { routeEdges } from '../../model/edgeRoutes';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { rectOfNode } from '../../model/rect';

const TOLERANCE = 1;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function nodeBox(node: FlowNode): Box {
  return {
    left: node.position.x,
    top: node.position.y,
    right: node.position.x + node.size.width,
    bottom: node.position.y + node.size.height,
  };
}

function onBorder(b: Box, p: Point): boolean {
  const withinX = p.x >= b.left - TOLERANCE && p.x <= b.right + TOLERANCE;
  const withinY = p.y >= b.top - TOLERANCE && p.y <= b.bottom + TOLERANCE;
  const onVertical = withinY && (Math.abs(p.x - b.left) <= TOLERANCE || Math.abs(p.x - b.right) <= TOLERANCE);
  const onHorizontal = withinX && (Math.abs(p.y - b.top) <= TOLERANCE || Math.abs(p.y - b.bottom) <= TOLERANCE);
  return onVertical || onHorizontal;
}

/** An axis-parallel segment that runs through the inside of the box (more than TOLERANCE deep). */
function passesThrough(b: Box, a: Point, c: Point): boolean {
  const inner = { left: b.left + TOLERANCE, top: b.top + TOLERANCE, right: b.right - TOLERANCE, bottom: b.bottom - TOLERANCE };
  if (a.y === c.y) {
    const [x0, x1] = a.x < c.x ? [a.x, c.x] : [c.x, a.x];
    return a.y > inner.top && a.y < inner.bottom && x1 > inner.left && x0 < inner.right;
  }
  const [y0, y1] = a.y < c.y ? [a.y, c.y] : [c.y, a.y];
  return a.x > inner.left && a.x < inner.right && y1 > inner.top && y0 < inner.bottom;
}

/** Everything wrong with the layout, as readable lines; empty when it is sound. */
export function layoutViolations(doc: SalesDocument, { requireRoutes = true } = {}): string[] {
  const problems: string[] = [];
  const nodes = doc.nodes;
  const boxes = new Map(nodes.map((node) => [node.id, nodeBox(node)]));

  for (let i = 0; i < nodes.length; i += 1) {
    const a = boxes.get((nodes[i] as FlowNode).id) as Box;
    for (let j = i + 1; j < nodes.length; j += 1) {
      const b = boxes.get((nodes[j] as FlowNode).id) as Box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        problems.push(`overlap: ${(nodes[i] as FlowNode).id} and ${(nodes[j] as FlowNode).id}`);
      }
    }
  }

  if (doc.lanes.length > 0) {
    // Lanes in order across the flow: every node of a lane before every node of a later lane.
    const order = new Map(doc.lanes.map((lane, index) => [lane.id, index]));
    const lr = doc.settings.direction === 'LR';
    const extents: { min: number; max: number }[] = [];
    for (const node of nodes) {
      const index = node.laneId === undefined ? doc.lanes.length : (order.get(node.laneId) ?? doc.lanes.length);
      const b = boxes.get(node.id) as Box;
      const [min, max] = lr ? [b.top, b.bottom] : [b.left, b.right];
      const current = extents[index];
      extents[index] = current === undefined ? { min, max } : { min: Math.min(current.min, min), max: Math.max(current.max, max) };
    }
    let previous: { min: number; max: number } | undefined;
    for (const extent of extents) {
      if (extent === undefined) continue;
      if (previous !== undefined && extent.min < previous.max) problems.push('lanes out of order or overlapping');
      previous = extent;
    }
    // And the bands the canvas draws hold their own nodes.
    const bands = laneBands(doc);
    for (const node of nodes) {
      const band = bands.find((candidate) => candidate.laneId === (node.laneId ?? null));
      const b = boxes.get(node.id) as Box;
      if (
        band === undefined ||
        b.left < band.rect.x - TOLERANCE ||
        b.top < band.rect.y - TOLERANCE ||
        b.right > band.rect.x + band.rect.width + TOLERANCE ||
        b.bottom > band.rect.y + band.rect.height + TOLERANCE
      ) {
        problems.push(`outside its band: ${node.id}`);
      }
    }
    for (let i = 0; i + 1 < bands.length; i += 1) {
      const a = (bands[i] as (typeof bands)[number]).rect;
      const b = (bands[i + 1] as (typeof bands)[number]).rect;
      const gap = lr ? b.y - (a.y + a.height) : b.x - (a.x + a.width);
      if (gap < -TOLERANCE) problems.push(`bands ${i} and ${i + 1} overlap`);
    }
  }

  for (const edge of doc.edges) {
    const points = edge.points;
    if (points === undefined || points.length < 2) {
      if (requireRoutes) problems.push(`no route: ${edge.id}`);
      continue;
    }
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (!onBorder(source, points[0] as Point)) problems.push(`starts off its source's border: ${edge.id}`);
    if (!onBorder(target, points[points.length - 1] as Point)) problems.push(`ends off its target's border: ${edge.id}`);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const a = points[i] as Point;
      const c = points[i + 1] as Point;
      if (a.x !== c.x && a.y !== c.y) {
        problems.push(`not orthogonal: ${edge.id}`);
        continue;
      }
      for (const node of nodes) {
        if (passesThrough(boxes.get(node.id) as Box, a, c)) problems.push(`${edge.id} passes through ${node.id}`);
      }
    }
  }
  return problems;
}

/**
 * Labels and rate chips where the canvas and the export draw them (the one placer, over the one
 * router's routes): each label on its own route or against it, and no label touching a node, another label or a
 * chip (the one collision checker).
 */
export function labelViolations(doc: SalesDocument): string[] {
  const problems: string[] = [];
  const routes = new Map(routeEdges(doc).map((route) => [route.edge.id, route.points]));
  const places = placeDocumentLabels(doc.nodes, doc.edges, routes);
  const marks: LabelledBox[] = [];
  for (const edge of doc.edges) {
    const place = places.get(edge.id);
    const points = routes.get(edge.id);
    if (place === undefined || points === undefined) continue;
    if (place.label !== null) {
      // On its line, or beside it and overlapping it (where the placer found no room on it).
      const box = place.label;
      const onRoute = points.some((point, i) => i > 0 && segmentEntersRect(points[i - 1] as Point, point, box));
      if (!onRoute) problems.push(`label off its route: ${edge.id}`);
      marks.push({ name: `label of ${edge.id}`, ...place.label });
    }
    // A chip the placer found no room for is the layout's to make room for (issue 17).
    if (place.chip !== null && place.clear) marks.push({ name: `chip of ${edge.id}`, ...place.chip });
  }
  const nodes = doc.nodes.map((node) => ({ name: node.id, ...rectOfNode(node) }));
  // Only what touches a label counts here: a chip on an edge too short to hold it touches its own
  // ends until the layout itself makes room for chips (issue 17).
  for (const { a, b } of findCollisions(nodes, marks)) {
    if (a.startsWith('label') || b.startsWith('label')) problems.push(`${a} touches ${b}`);
  }
  return problems;
}
