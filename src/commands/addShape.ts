import { defaultSize } from '../model/kinds';
import { addLane, addNode } from '../model/operations';
import type { NodeKind, Outcome, Point, SalesDocument } from '../model/types';
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
  outcome?: Outcome;
}

/** Adds one node with its kind's defaults and selects it; null when it was refused (the user is told why). */
export function addShape(context: EditorContext, shape: NewShape): string | null {
  const id = context.newId('n');
  const position = placeCentredAt(context.document(), shape.kind, shape.centre);
  const result = context.perform(
    addNode({
      id,
      kind: shape.kind,
      label: shape.label,
      position,
      ...(shape.laneId !== undefined ? { laneId: shape.laneId } : {}),
      ...(shape.outcome !== undefined ? { outcome: shape.outcome } : {}),
    }),
  );
  if (!result.ok) return null;
  context.select({ nodeIds: [id], edgeIds: [] });
  return id;
}

/** Adds a swimlane after the last; null when it was refused (the user is told why). */
export function addSwimlane(context: EditorContext, label: string): string | null {
  const id = context.newId('lane');
  return context.perform(addLane({ id, label })).ok ? id : null;
}
