// Another diagram's content (an import, laid out on its own) added beside what the document holds,
// as one operation. Beside means after the diagram along the flow (right for LR, below for TB)
// when no swimlanes are involved. Lane bands are derived from nodes in lane order, so with lanes
// the incoming content goes across the flow instead, where its bands will be drawn: after the
// document's lanes, or before a diagram without lanes (whose nodes then form the last band).

import { boundingRect, type Rect } from '../../geometry/rect';
import { keyBetween } from '../../lib/orderKey';
import { insertFragment } from '../graph';
import { laneBands } from '../laneBands';
import { MAX_EDGES, MAX_LANES, MAX_NODES } from '../limits';
import type { FlowEdge, FlowNode, Lane, Point, SalesDocument, Settings } from '../types';
import { finish, refuse, type Operation } from './operation';

/** Between the existing diagram and the inserted one. */
export const INSERT_GAP = 80;

export type InsertedContent = Pick<SalesDocument, 'lanes' | 'nodes' | 'edges'>;

function diagramRect(content: InsertedContent, settings: Settings): Rect | undefined {
  const nodes = content.nodes.map((node) => ({ ...node.position, ...node.size }));
  const bands = laneBands({ lanes: content.lanes, nodes: content.nodes, settings }).map((band) => band.rect);
  return boundingRect([...nodes, ...bands]);
}

/** How far the incoming content moves to sit beside the document's diagram. */
export function insertOffset(doc: SalesDocument, incoming: InsertedContent): Point {
  const direction = doc.settings.direction;
  const here = diagramRect(doc, doc.settings);
  const there = diagramRect(incoming, doc.settings);
  if (!here || !there) return { x: 0, y: 0 };
  const lanes = doc.lanes.length > 0 || incoming.lanes.length > 0;
  const alongFlow = direction === 'LR' ? 'x' : 'y';
  const across = direction === 'LR' ? 'y' : 'x';
  const extent = (rect: Rect, axis: 'x' | 'y') => (axis === 'x' ? rect.width : rect.height);
  const offset = { x: 0, y: 0 };
  if (!lanes) {
    offset[alongFlow] = here[alongFlow] + extent(here, alongFlow) + INSERT_GAP - there[alongFlow];
    offset[across] = here[across] - there[across];
  } else {
    offset[alongFlow] = here[alongFlow] - there[alongFlow];
    offset[across] =
      doc.lanes.length > 0
        ? here[across] + extent(here, across) + INSERT_GAP - there[across]
        : here[across] - INSERT_GAP - (there[across] + extent(there, across));
  }
  return offset;
}

function moved(point: Point, by: Point): Point {
  return { x: point.x + by.x, y: point.y + by.y };
}

/**
 * Adds `incoming` (fresh ids, laid out) beside the diagram: its lanes after the document's, its
 * nodes and edges moved with their routes. Refused whole when a cap would be passed.
 */
export function insertContent(incoming: InsertedContent): Operation {
  return (doc) => {
    if (doc.nodes.length + incoming.nodes.length > MAX_NODES) return refuse({ code: 'too-many', collection: 'nodes', limit: MAX_NODES });
    if (doc.edges.length + incoming.edges.length > MAX_EDGES) return refuse({ code: 'too-many', collection: 'edges', limit: MAX_EDGES });
    if (doc.lanes.length + incoming.lanes.length > MAX_LANES) return refuse({ code: 'too-many', collection: 'lanes', limit: MAX_LANES });
    const by = insertOffset(doc, incoming);
    const lanes: Lane[] = [...doc.lanes];
    for (const lane of incoming.lanes) lanes.push({ ...lane, order: keyBetween(lanes.at(-1)?.order ?? null, null) });
    const nodes = incoming.nodes.map((node): FlowNode => ({ ...node, position: moved(node.position, by) }));
    const edges = incoming.edges.map(
      (edge): FlowEdge => ({
        ...edge,
        ...(edge.points ? { points: edge.points.map((point) => moved(point, by)) } : {}),
        ...(edge.labelAt ? { labelAt: moved(edge.labelAt, by) } : {}),
      }),
    );
    return finish(doc, insertFragment({ ...doc, lanes }, { nodes, edges }));
  };
}
