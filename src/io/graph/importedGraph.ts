// What a diagram from another tool becomes before it is a document: records without positions or
// sizes (auto layout gives them), each reader's own ids kept so that its skipped list can name them.
// Mermaid text, draw.io files and CSV process tables all produce this shape.

import type { Direction, EdgeLineStyle, NodeKind, NodeStyle, Outcome } from '../../model/types';

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
}

export interface ImportedEdge {
  id: string;
  source: string;
  target: string;
  label?: string;
  conversionRate?: number;
  style?: EdgeLineStyle;
}

export interface ImportedGraph {
  direction: Direction;
  lanes: ImportedLane[];
  nodes: ImportedNode[];
  edges: ImportedEdge[];
}
