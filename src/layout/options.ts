// What the user picks in the Auto layout menu, and what each choice means in canvas units.

import type { Direction } from '../model/types';

export const SPACINGS = ['compact', 'normal', 'roomy'] as const;
export type Spacing = (typeof SPACINGS)[number];

export interface LayoutOptions {
  direction: Direction;
  spacing: Spacing;
  /** Ids of the nodes to lay out; everything else stays put. Absent: the whole document. */
  scope?: readonly string[];
  /**
   * Shaped for a slide: a long flow wrapped into rows (columns, top to bottom) so that the drawing
   * comes near 16:9. Ignored with lanes, whose bands run the whole length of the flow.
   */
  slide?: boolean;
}

/** The proportions a slide-shaped layout aims at. */
export const SLIDE_ASPECT = 16 / 9;

export interface SpacingValues {
  /** Between two nodes of the same layer. */
  nodeNode: number;
  /** Between two layers: the channel where edges turn. */
  betweenLayers: number;
  edgeNode: number;
  edgeEdge: number;
  /** Between two parallel edge tracks in a channel of the swimlane router. */
  track: number;
}

const SPACING_VALUES: Readonly<Record<Spacing, Readonly<SpacingValues>>> = {
  compact: { nodeNode: 24, betweenLayers: 48, edgeNode: 12, edgeEdge: 8, track: 10 },
  normal: { nodeNode: 40, betweenLayers: 72, edgeNode: 20, edgeEdge: 12, track: 14 },
  roomy: { nodeNode: 64, betweenLayers: 110, edgeNode: 30, edgeEdge: 18, track: 20 },
};

export function spacingValues(spacing: Spacing): Readonly<SpacingValues> {
  return SPACING_VALUES[spacing];
}
