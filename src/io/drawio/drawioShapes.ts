// draw.io styles read back: a style string as its parts, and the shape a vertex shows as one of
// our kinds. The names are those of draw.io's General and Flowchart palettes (and of our own
// export, drawioStyles.ts). Terminators and ellipses are ends of the flow; whether each is a start
// or an end is decided from its connections by the reader.

import type { NodeKind } from '../../model/types';

export type DrawioStyle = Map<string, string>;

/** `rounded=1;rhombus;fillColor=#fff` as key → value; a bare name (the named style) maps to ''. */
export function parseStyle(style: string): DrawioStyle {
  const parts = new Map<string, string>();
  for (const part of style.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const equals = trimmed.indexOf('=');
    if (equals === -1) parts.set(trimmed, '');
    else parts.set(trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim());
  }
  return parts;
}

/** What a vertex is to us: one of our kinds, a terminal to be told start or end, or none. */
export type ShapeReading = { kind: NodeKind | 'terminal'; known: boolean } | { skip: 'image' | 'text' | 'group' };

const SHAPE_KINDS = new Map<string, NodeKind | 'terminal'>([
  ['rhombus', 'decision'],
  ['mxgraph.flowchart.decision', 'decision'],
  ['ellipse', 'terminal'],
  ['doubleEllipse', 'terminal'],
  ['mxgraph.flowchart.terminator', 'terminal'],
  ['mxgraph.flowchart.start_1', 'terminal'],
  ['mxgraph.flowchart.start_2', 'terminal'],
  ['document', 'document'],
  ['mxgraph.flowchart.document', 'document'],
  ['mxgraph.flowchart.multi-document', 'document'],
  ['cylinder', 'data'],
  ['cylinder3', 'data'],
  ['datastore', 'data'],
  ['parallelogram', 'data'],
  ['mxgraph.flowchart.database', 'data'],
  ['mxgraph.flowchart.data', 'data'],
  ['mxgraph.flowchart.stored_data', 'data'],
  ['mxgraph.flowchart.direct_data', 'data'],
  ['delay', 'delay'],
  ['mxgraph.flowchart.delay', 'delay'],
  ['process', 'subprocess'],
  ['mxgraph.flowchart.predefined_process', 'subprocess'],
  ['note', 'note'],
  ['mxgraph.flowchart.annotation_1', 'note'],
  ['mxgraph.flowchart.annotation_2', 'note'],
  ['rectangle', 'stage'],
  ['label', 'stage'],
  ['mxgraph.flowchart.process', 'stage'],
]);

export function readShape(style: DrawioStyle): ShapeReading {
  const shape = style.get('shape');
  if (shape === 'image' || style.has('image')) return { skip: 'image' };
  if (style.has('text') && shape === undefined) return { skip: 'text' };
  if (style.has('group')) return { skip: 'group' };
  if (shape !== undefined) {
    const kind = SHAPE_KINDS.get(shape);
    return kind ? { kind, known: true } : { kind: 'stage', known: false };
  }
  // No shape: the first bare name is the named style draw.io applied (`rhombus`, `ellipse`...).
  for (const [name, value] of style) {
    if (value !== '') continue;
    const kind = SHAPE_KINDS.get(name);
    if (kind) return { kind, known: true };
  }
  return { kind: 'stage', known: true };
}
