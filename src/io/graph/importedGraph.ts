// What a diagram from another tool becomes before it is a document: records without positions or
// sizes (auto layout gives them), each reader's own ids kept so that its skipped list can name them.
// Mermaid text, draw.io files and CSV process tables all produce this shape. A reader whose format
// carries a drawing (draw.io) may give positions, sizes and bend points; when every node has a
// position the drawing is kept instead of laid out.

import type { Direction, EdgeLineStyle, NodeKind, NodeStyle, Outcome, Point, Size } from '../../model/types';

export interface ImportedLane {
  id: string;
  label: string;
  color?: string;
}

export interface ImportedNode {
  id: string;
  kind: NodeKind;
  label: string;
  laneId?: string;
  style?: NodeStyle;
  outcome?: Outcome;
  /** Absolute, top-left, in canvas units. */
  position?: Point;
  size?: Size;
  owner?: string;
  durationDays?: number;
  /** A web address (http, https, mailto) the node opens. */
  link?: string;
}

export interface ImportedEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  conversionRate?: number;
  style?: EdgeLineStyle;
  /** Bend points between the two ends, absolute. */
  points?: Point[];
}

export interface ImportedGraph {
  direction: Direction;
  lanes: ImportedLane[];
  nodes: ImportedNode[];
  edges: ImportedEdge[];
}
