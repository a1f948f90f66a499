import type { MessageKey } from '../i18n/en';
import { NODE_KINDS, type NodeKind, type Outcome } from '../model/types';

/** The drag payload of a palette item: a palette shape's id, or `swimlane`. */
export const PALETTE_DRAG_TYPE = 'application/x-salesflow-shape';

export type PaletteShapeId = NodeKind | 'won-end' | 'lost-end';

/** A palette item: a node kind, and for the won and lost ends the outcome the new node starts with. */
export interface PaletteShape {
  id: PaletteShapeId;
  kind: NodeKind;
  outcome?: Outcome;
}

// The won and lost ends sit right after the plain (neutral) end, so the three read as one family.
export const PALETTE_SHAPES: readonly PaletteShape[] = NODE_KINDS.flatMap((kind): PaletteShape[] =>
  kind === 'end'
    ? [{ id: 'end', kind }, { id: 'won-end', kind, outcome: 'won' }, { id: 'lost-end', kind, outcome: 'lost' }]
    : [{ id: kind, kind }],
);

export function paletteShape(id: string): PaletteShape | undefined {
  return PALETTE_SHAPES.find((shape) => shape.id === id);
}

/** The item's name in the palette, also what a new node of it is first labelled. */
export function paletteNameKey(shape: PaletteShape): MessageKey {
  return shape.id === 'won-end' ? 'palette.wonEnd' : shape.id === 'lost-end' ? 'palette.lostEnd' : `kind.${shape.kind}`;
}

/** What a new node from the item is labelled: a won end reads `Won`, not `Won end`. */
export function newLabelKey(shape: PaletteShape): MessageKey {
  return shape.outcome === undefined ? `kind.${shape.kind}` : `outcome.${shape.outcome}`;
}
