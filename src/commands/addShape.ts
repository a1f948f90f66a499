import { defaultSize } from '../model/kinds';
import { addLane, addNode } from '../model/operations';
import { placeNewShape } from '../model/placement';
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
  /** Where the user dropped it; without one (a click on the palette) it goes after the selection or in the view, in a free spot. */
  centre?: Point;
  laneId?: string;
  outcome?: Outcome;
}

// The space left between a shape added by click and the one it follows, as quick add leaves.
const FOLLOW_GAP = 80;

/**
 * Adds one node with its kind's defaults and selects it; one placed by the app rather than by a drop
 * is brought into view. Null when it was refused (the user is told why).
 */
export function addShape(context: EditorContext, shape: NewShape): string | null {
  const id = context.newId('n');
  const document = context.document();
  const position = shape.centre
    ? placeCentredAt(document, shape.kind, shape.centre)
    : placeNewShape(document, shape.kind, context.viewport()?.viewCentre() ?? { x: 0, y: 0 }, context.selection().nodeIds, FOLLOW_GAP);
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
  if (!shape.centre) context.viewport()?.reveal(id);
  return id;
}

/** Adds a swimlane after the last; null when it was refused (the user is told why). */
export function addSwimlane(context: EditorContext, label: string): string | null {
  const id = context.newId('lane');
  return context.perform(addLane({ id, label })).ok ? id : null;
}
