// What a laid-out diagram shows with the analysis on, as boxes: edge labels and rate chips where the
// one placer puts them, volume badges and leak badges at the sizes the canvas and the export draw
// them, with their texts in the user's language. Layout tests check these boxes against each other
// and against nodes (issue 17: "zero labels touching a node, a label, a chip or a badge").

import { findCollisions, type LabelledBox } from '../../geometry/collisions';
import { rateChipWidth, RATE_CHIP } from '../../geometry/labelBox';
import type { Rect } from '../../geometry/rect';
import { analyse } from '../../model/analytics/analyse';
import { formatCount, formatLeak, formatRate } from '../../model/analytics/display';
import { routeEdges } from '../../model/edgeRoutes';
import { leakBadgeBox, volumeBadgeBox } from '../../model/figureBoxes';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { rectOfNode } from '../../model/rect';
import type { SalesDocument } from '../../model/types';

export interface FigureMarks {
  nodes: LabelledBox[];
  /** Edge labels, rate chips, volume badges and leak badges. */
  marks: LabelledBox[];
  /** The edge labels alone, for the extent of the drawing. */
  labels: Rect[];
  routes: { id: string; points: readonly { x: number; y: number }[] }[];
}

export function figureMarks(doc: SalesDocument, locale: string): FigureMarks {
  const routes = routeEdges(doc);
  const places = placeDocumentLabels(doc.nodes, doc.edges, new Map(routes.map((route) => [route.edge.id, route.points])));
  const { funnel, rateConflicts, leaks } = analyse(doc);
  const marks: LabelledBox[] = [];
  const labels: Rect[] = [];
  for (const edge of doc.edges) {
    const place = places.get(edge.id);
    if (place === undefined) continue;
    if (place.label !== null) {
      marks.push({ name: `label ${edge.id}`, ...place.label });
      labels.push(place.label);
    }
    const share = funnel.share.get(edge.id);
    if (place.chip === null || share === undefined) continue;
    // The chip is drawn at its text's width, centred in the room the placer kept for it.
    const conflict = rateConflicts.edges.has(edge.id);
    const width = rateChipWidth(formatRate(conflict ? (edge.conversionRate ?? 0) : share, locale), conflict);
    const centre = { x: place.chip.x + place.chip.width / 2, y: place.chip.y + place.chip.height / 2 };
    marks.push({ name: `chip ${edge.id}`, x: centre.x - width / 2, y: centre.y - RATE_CHIP.height / 2, width, height: RATE_CHIP.height });
  }
  for (const node of doc.nodes) {
    const volume = funnel.volume.get(node.id);
    if (volume !== undefined) {
      const text = rateConflicts.estimated.has(node.id) ? `≈${formatCount(volume, locale)}` : formatCount(volume, locale);
      marks.push({ name: `badge ${node.id}`, ...volumeBadgeBox(node, text) });
    }
    const leak = leaks.get(node.id);
    if (leak !== undefined) {
      const text = formatLeak(leak.share, funnel.entered > 0 ? leak.volume : undefined, locale);
      marks.push({ name: `leak ${node.id}`, ...leakBadgeBox(node, text) });
    }
  }
  const nodes = doc.nodes.map((node) => ({ name: `node ${node.id}`, ...rectOfNode(node) }));
  return { nodes, marks, labels, routes: routes.map((route) => ({ id: route.edge.id, points: route.points })) };
}

/** Labels and chips touching a node, or anything touching another label, chip or badge; a badge on its own node is where it belongs. */
export function markCollisions({ nodes, marks }: FigureMarks): string[] {
  const ownNode = (mark: string): string | null => (mark.startsWith('badge ') || mark.startsWith('leak ') ? `node ${mark.slice(mark.indexOf(' ') + 1)}` : null);
  return findCollisions(nodes, marks)
    .filter(({ a, b }) => ownNode(a) !== b && ownNode(b) !== a)
    .map(({ a, b }) => `${a} touches ${b}`);
}

/** The share of the drawing's extent (nodes, routes and edge labels) that nodes cover. */
export function nodeCoverage({ nodes, labels, routes }: FigureMarks): number {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (x0: number, y0: number, x1: number, y1: number): void => {
    left = Math.min(left, x0);
    top = Math.min(top, y0);
    right = Math.max(right, x1);
    bottom = Math.max(bottom, y1);
  };
  for (const box of [...nodes, ...labels]) add(box.x, box.y, box.x + box.width, box.y + box.height);
  for (const route of routes) for (const p of route.points) add(p.x, p.y, p.x, p.y);
  const area = (right - left) * (bottom - top);
  const covered = nodes.reduce((sum, node) => sum + node.width * node.height, 0);
  return area > 0 ? covered / area : 1;
}
