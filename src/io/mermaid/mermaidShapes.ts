// How our kinds look in Mermaid and how Mermaid's shapes read as our kinds. Kinds with a classic
// bracket shape use it, since every Mermaid version reads those; document, delay and note have
// none and use the shape names of Mermaid 11.3 and later (`@{ shape: doc }`).

import type { NodeKind } from '../../model/types';

/** A node's shape as the reader sees it: a classic bracket pair or a named shape. */
export type MermaidShape =
  | 'rect'
  | 'round'
  | 'stadium'
  | 'subroutine'
  | 'cylinder'
  | 'circle'
  | 'double-circle'
  | 'asymmetric'
  | 'rhombus'
  | 'hexagon'
  | 'lean-right'
  | 'lean-left'
  | 'trapezoid'
  | 'trapezoid-alt';

/** Opening and closing brackets of the classic shapes, longest openings first so that a reader can match greedily. */
export const BRACKETS: readonly { open: string; close: string; shape: MermaidShape }[] = [
  { open: '(((', close: ')))', shape: 'double-circle' },
  { open: '([', close: '])', shape: 'stadium' },
  { open: '[[', close: ']]', shape: 'subroutine' },
  { open: '[(', close: ')]', shape: 'cylinder' },
  { open: '((', close: '))', shape: 'circle' },
  { open: '{{', close: '}}', shape: 'hexagon' },
  { open: '[/', close: '/]', shape: 'lean-right' },
  { open: '[\\', close: '\\]', shape: 'lean-left' },
  { open: '[/', close: '\\]', shape: 'trapezoid' },
  { open: '[\\', close: '/]', shape: 'trapezoid-alt' },
  { open: '[', close: ']', shape: 'rect' },
  { open: '(', close: ')', shape: 'round' },
  { open: '{', close: '}', shape: 'rhombus' },
  { open: '>', close: ']', shape: 'asymmetric' },
];

type Written = { brackets: readonly [string, string] } | { named: string };

const WRITTEN: Readonly<Record<NodeKind, Written>> = {
  start: { brackets: ['([', '])'] },
  end: { brackets: ['([', '])'] },
  stage: { brackets: ['[', ']'] },
  decision: { brackets: ['{', '}'] },
  data: { brackets: ['[(', ')]'] },
  subprocess: { brackets: ['[[', ']]'] },
  document: { named: 'doc' },
  delay: { named: 'delay' },
  note: { named: 'brace' },
};

export function writtenShape(kind: NodeKind): Written {
  return WRITTEN[kind];
}

/** What a terminal shape (stadium, circle) means is read from the edges: see `terminalKind`. */
export type ReadKind = NodeKind | 'terminal';

const CLASSIC_KINDS: Readonly<Record<MermaidShape, ReadKind>> = {
  rect: 'stage',
  round: 'stage',
  stadium: 'terminal',
  subroutine: 'subprocess',
  cylinder: 'data',
  circle: 'terminal',
  'double-circle': 'end',
  asymmetric: 'stage',
  rhombus: 'decision',
  hexagon: 'stage',
  'lean-right': 'data',
  'lean-left': 'data',
  trapezoid: 'stage',
  'trapezoid-alt': 'stage',
};

export function classicKind(shape: MermaidShape): ReadKind {
  return CLASSIC_KINDS[shape];
}

// Mermaid's shape names and their aliases (its shapes list), grouped by the kind they read as.
const NAMED_KINDS: readonly [ReadKind, readonly string[]][] = [
  ['terminal', ['stadium', 'terminal', 'pill', 'circle', 'circ']],
  ['start', ['sm-circ', 'start', 'small-circle']],
  ['end', ['dbl-circ', 'double-circle', 'fr-circ', 'stop', 'framed-circle']],
  ['decision', ['diam', 'decision', 'diamond', 'question']],
  ['subprocess', ['fr-rect', 'subprocess', 'subproc', 'framed-rectangle', 'subroutine']],
  ['data', ['cyl', 'db', 'database', 'cylinder', 'h-cyl', 'das', 'horizontal-cylinder', 'lin-cyl', 'disk', 'lined-cylinder', 'lean-r', 'lean-right', 'in-out', 'lean-l', 'lean-left', 'out-in', 'datastore', 'data-store', 'bow-rect', 'stored-data', 'bow-tie-rectangle']],
  ['document', ['doc', 'document', 'docs', 'documents', 'st-doc', 'stacked-document', 'lin-doc', 'lined-document', 'tag-doc', 'tagged-document']],
  ['delay', ['delay', 'half-rounded-rectangle']],
  ['note', ['brace', 'comment', 'brace-l', 'brace-r', 'braces', 'text']],
];

const NAMED_KIND_MAP: ReadonlyMap<string, ReadKind> = new Map(NAMED_KINDS.flatMap(([kind, names]) => names.map((name) => [name, kind] as const)));

/** A named shape's kind; any other shape Mermaid knows (rect, hexagon, card…) is a stage. */
export function namedKind(name: string): ReadKind {
  return NAMED_KIND_MAP.get(name.toLowerCase()) ?? 'stage';
}
