// Our kinds as draw.io styles: the shapes of draw.io's own General and Flowchart palettes, so that a
// diagram opened there looks and behaves like one drawn there (and a later draw.io import can
// read the kinds back from the same names).

import type { NodeKind } from '../../model/types';

const SHAPES: Readonly<Record<NodeKind, string>> = {
  start: 'shape=mxgraph.flowchart.terminator',
  end: 'shape=mxgraph.flowchart.terminator',
  stage: 'rounded=1;arcSize=12',
  decision: 'rhombus;shape=rhombus;perimeter=rhombusPerimeter',
  document: 'shape=document;boundedLbl=1;size=0.15',
  data: 'shape=cylinder3;boundedLbl=1;backgroundOutline=1;size=12',
  delay: 'shape=delay',
  subprocess: 'shape=process;backgroundOutline=1;size=0.07',
  note: 'shape=note;backgroundOutline=1;size=14',
};

export function kindStyle(kind: NodeKind): string {
  return SHAPES[kind];
}

/** A style string from its parts, each `key=value` or a bare shape name; no part may hold `;`. */
export function styleString(parts: readonly (string | undefined)[]): string {
  return `${parts.filter((part): part is string => part !== undefined && part !== '').join(';')};`;
}
