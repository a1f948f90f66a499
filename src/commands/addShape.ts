import { addLane, addNode } from '../model/graph';
import { defaultSize } from '../model/kinds';
import { MAX_NODES } from '../model/schema';
import type { FlowNode, NodeKind, Point, SalesDocument } from '../model/types';
import type { EditorContext } from './context';

export function snap(value: number, grid: number, enabled: boolean): number {
  return enabled && grid > 0 ? Math.round(value / grid) * grid : value;
}

/** Where a new node goes so that its centre sits on `centre`, snapped like a dragged node. */
export function placeCentredAt(document: SalesDocument, kind: NodeKind, centre: Point): Point {
  const size = defaultSize(kind);
  const { gridSize, snapToGrid } = document.settings;
  return {
    x: snap(centre.x - size.width / 2, gridSize, snapToGrid),
    y: snap(centre.y - size.height / 2, gridSize, snapToGrid),
  };
}

export interface NewShape {
  kind: NodeKind;
  label: string;
  centre: Point;
  laneId?: string;
}

/** Adds one node, selects it, and returns its id; null when the document is at its node cap. */
export function addShape(context: EditorContext, shape: NewShape): string | null {
  if (context.document().nodes.length >= MAX_NODES) return null;
  const id = context.newId('n');
  context.apply((document) => {
    const node: FlowNode = {
      id,
      kind: shape.kind,
      label: shape.label,
      position: placeCentredAt(document, shape.kind, shape.centre),
      size: defaultSize(shape.kind),
    };
    if (shape.laneId !== undefined && document.lanes.some((lane) => lane.id === shape.laneId)) node.laneId = shape.laneId;
    if (shape.kind === 'start') node.volume = 100;
    if (shape.kind === 'end') node.outcome = 'won';
    return addNode(document, node);
  });
  context.select({ nodeIds: [id], edgeIds: [] });
  return id;
}

export function addSwimlane(context: EditorContext, label: string): string {
  const id = context.newId('lane');
  context.apply((document) => addLane(document, { id, label }));
  return id;
}
