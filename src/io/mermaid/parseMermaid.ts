// Mermaid flowchart text to an imported graph: the subset a sales flowchart uses (`flowchart` or
// `graph` in any direction, node shapes, chains of links with labels and arrow styles, `subgraph`
// as lanes, colours from `classDef`, `class`, `:::` and `style`). What our model cannot hold
// (self-loops, a second edge between the same two nodes, invisible links, links to a subgraph,
// nested subgraphs, clicks and link styles) is listed and left out, never a failure. Text that is
// not a flowchart, that breaks off inside a shape or label, or that passes a cap is refused.
// Mermaid itself needs a DOM (and from version 12, Node 22); this reader is pure.

import { err, ok, type Result } from '../../lib/result';
import { MAX_EDGES, MAX_LABEL_LENGTH, MAX_LANES, MAX_NODES } from '../../model/limits';
import type { Direction, NodeStyle, Outcome } from '../../model/types';
import type { ImportedEdge, ImportedGraph, ImportedLane, ImportedNode } from '../graph/importedGraph';
import type { MermaidError, MermaidSkip } from './mermaidErrors';
import { readMermaidLabel } from './mermaidLabel';
import { MermaidScanner, type Link, type NodeShape } from './mermaidScanner';
import { classicKind, namedKind, type ReadKind } from './mermaidShapes';
import { readRateLabel } from './rateLabel';

/** Characters: far above any hand-written chart, low enough that reading stays well under a second. */
export const MAX_MERMAID_TEXT = 2_000_000;

export interface MermaidImport {
  graph: ImportedGraph;
  skipped: MermaidSkip[];
}

const HEADER = /[ \t]*(flowchart-elk|flowchart|graph)\b[ \t]*([A-Za-z]{2})?/y;
const DIRECTIONS: ReadonlyMap<string, Direction> = new Map([
  ['TB', 'TB'],
  ['TD', 'TB'],
  ['BT', 'TB'],
  ['LR', 'LR'],
  ['RL', 'LR'],
]);
const SKIPPED_STATEMENTS = new Set(['linkStyle', 'click', 'callback', 'accTitle', 'accDescr', 'href', 'call']);
const PLAIN_COLOUR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,20})$/i;
const OUTCOMES: ReadonlyMap<string, Outcome> = new Map([
  ['won', 'won'],
  ['lost', 'lost'],
]);

interface DraftNode {
  id: string;
  kind: ReadKind;
  label: string;
  laneId?: string;
  classes: string[];
  style?: NodeStyle;
  line: number;
}

interface DraftEdge extends ImportedEdge {
  line: number;
  invisible: boolean;
}

class Refusal {
  constructor(readonly error: MermaidError) {}
}

function colours(text: string): NodeStyle {
  const style: NodeStyle = {};
  for (const part of text.split(/[,;]/)) {
    const [property, value] = part.split(':').map((piece) => piece.trim());
    if (!property || !value || !PLAIN_COLOUR.test(value)) continue;
    if (property === 'fill') style.fill = value;
    else if (property === 'stroke') style.stroke = value;
    else if (property === 'color') style.textColor = value;
  }
  return style;
}

class Reader {
  private readonly scanner: MermaidScanner;
  private readonly nodes = new Map<string, DraftNode>();
  private readonly edges: DraftEdge[] = [];
  private readonly lanes = new Map<string, ImportedLane & { line: number }>();
  private readonly classStyles = new Map<string, NodeStyle>();
  private readonly nodeStyles = new Map<string, NodeStyle>();
  readonly skipped: MermaidSkip[] = [];
  /** Open subgraphs, outermost first: a node mentioned inside belongs to the outermost. */
  private readonly open: { id: string; line: number }[] = [];
  direction: Direction = 'TB';

  constructor(text: string) {
    this.scanner = new MermaidScanner(text);
  }

  private line(): number {
    return this.scanner.lineAt(this.scanner.pos);
  }

  private refuse(error: MermaidError): never {
    throw new Refusal(error);
  }

  read(): ImportedGraph {
    this.skipPreamble();
    const header = this.header();
    if (!header) this.refuse({ code: 'not-flowchart', line: this.line() });
    while (this.nextStatement()) this.statement();
    const unclosed = this.open[0];
    if (unclosed) this.refuse({ code: 'unclosed-subgraph', line: unclosed.line });
    return this.finish();
  }

  /** Front matter, comments, directives and blank lines before the header. */
  private skipPreamble(): void {
    const { scanner } = this;
    const text = scanner.text;
    if (/^---[ \t]*\r?\n/.test(text)) {
      const close = text.search(/\n---[ \t]*(\r?\n|$)/);
      scanner.pos = close === -1 ? text.length : text.indexOf('\n', close + 1) + 1 || text.length;
    }
    while (this.skipBlankOrComment()) {
      // Each pass removes one blank line or comment.
    }
  }

  private skipBlankOrComment(): boolean {
    const { scanner } = this;
    scanner.skipSpaces();
    const char = scanner.peek();
    if (char === '\n' || char === '\r' || char === ';') {
      scanner.pos += 1;
      return true;
    }
    if (scanner.peek(2) === '%%') {
      const end = scanner.text.indexOf('\n', scanner.pos);
      scanner.pos = end === -1 ? scanner.text.length : end + 1;
      return true;
    }
    return false;
  }

  private header(): boolean {
    const { scanner } = this;
    HEADER.lastIndex = scanner.pos;
    const match = HEADER.exec(scanner.text);
    if (!match) return false;
    scanner.pos = HEADER.lastIndex;
    if (match[2] !== undefined) {
      const direction = DIRECTIONS.get(match[2].toUpperCase());
      if (!direction) return false;
      this.direction = direction;
    }
    return true;
  }

  private nextStatement(): boolean {
    while (this.skipBlankOrComment()) {
      // Skipping to the next statement.
    }
    return !this.scanner.done;
  }

  private statement(): void {
    const { scanner } = this;
    const start = scanner.pos;
    const word = scanner.readId();
    if (word === undefined) this.refuse({ code: 'syntax', line: this.line() });
    const after = scanner.peek();
    const keyword = after === '' || after === ' ' || after === '\t' || after === '\n' || after === '\r' || after === ';' || after === ':';
    if (keyword && this.keywordStatement(word, start)) return;
    scanner.pos = start;
    this.chain();
  }

  /** Handles a statement that starts with a keyword; false when the word is a node id after all. */
  private keywordStatement(word: string, start: number): boolean {
    const { scanner } = this;
    const line = this.line();
    switch (word) {
      case 'subgraph':
        this.openSubgraph(line);
        return true;
      case 'end':
        if (!this.open.pop()) this.refuse({ code: 'syntax', line });
        scanner.restOfStatement();
        return true;
      case 'direction':
        scanner.restOfStatement();
        return true;
      case 'classDef': {
        const [names, ...rest] = scanner.restOfStatement().split(/\s+/);
        for (const name of (names ?? '').split(',')) if (name !== '') this.classStyles.set(name, colours(rest.join(' ')));
        return true;
      }
      case 'class': {
        const [ids, name] = scanner.restOfStatement().split(/\s+/);
        for (const id of (ids ?? '').split(',')) if (id !== '' && name) this.mention(id, line).classes.push(name);
        return true;
      }
      case 'style': {
        const [id, ...rest] = scanner.restOfStatement().split(/\s+/);
        if (id) this.nodeStyles.set(id, { ...this.nodeStyles.get(id), ...colours(rest.join(' ')) });
        return true;
      }
      default:
        if (!SKIPPED_STATEMENTS.has(word)) return false;
        this.skipped.push({ code: 'unsupported', line, statement: word });
        if (word === 'accDescr' && scanner.text.slice(scanner.pos).trimStart().startsWith('{')) {
          const close = scanner.text.indexOf('}', scanner.pos);
          scanner.pos = close === -1 ? scanner.text.length : close + 1;
        } else {
          scanner.pos = start;
          scanner.restOfStatement();
        }
        return true;
    }
  }

  private openSubgraph(line: number): void {
    const { scanner } = this;
    scanner.skipSpaces();
    let id: string | undefined;
    let title: string;
    if (scanner.peek() === '"') {
      title = readMermaidLabel(scanner.restOfStatement());
    } else {
      id = scanner.readId();
      scanner.skipSpaces();
      const shape = id === undefined ? undefined : scanner.readShape();
      if (shape === null) this.refuse({ code: 'syntax', line });
      const rest = scanner.restOfStatement();
      if (shape?.label !== undefined) title = readMermaidLabel(shape.label);
      else title = readMermaidLabel(`${id ?? ''} ${rest}`.trim());
      if (shape?.label === undefined && rest !== '') id = undefined;
    }
    const laneId = id ?? `subgraph-${this.lanes.size + 1}`;
    if (this.open.length > 0) this.skipped.push({ code: 'nested-subgraph', line, subgraph: laneId });
    else if (!this.lanes.has(laneId)) {
      if (this.lanes.size >= MAX_LANES) this.refuse({ code: 'too-many-lanes', limit: MAX_LANES });
      this.lanes.set(laneId, { id: laneId, label: title, line });
    }
    this.open.push({ id: laneId, line });
  }

  /** `a --> b & c -- text --> d`: node groups joined by links. */
  private chain(): void {
    const { scanner } = this;
    let previous = this.nodeGroup();
    for (;;) {
      scanner.skipSpaces();
      const line = this.line();
      const link = scanner.readLink();
      if (link === null) this.refuse({ code: 'syntax', line });
      if (link === undefined) break;
      scanner.skipSpaces();
      const next = this.nodeGroup();
      for (const source of previous) for (const target of next) this.addEdge(source, target, link, line);
      previous = next;
    }
    scanner.skipSpaces();
    const end = scanner.peek();
    if (end !== '' && end !== '\n' && end !== '\r' && end !== ';' && scanner.peek(2) !== '%%') this.refuse({ code: 'syntax', line: this.line() });
  }

  private nodeGroup(): string[] {
    const { scanner } = this;
    const ids: string[] = [];
    for (;;) {
      scanner.skipSpaces();
      ids.push(this.nodeReference());
      scanner.skipSpaces();
      if (scanner.peek() !== '&') return ids;
      scanner.pos += 1;
    }
  }

  private nodeReference(): string {
    const { scanner } = this;
    const line = this.line();
    const id = scanner.readId();
    if (id === undefined) this.refuse({ code: 'syntax', line });
    const shape = scanner.readShape();
    if (shape === null) this.refuse({ code: 'syntax', line });
    const node = this.mention(id, line);
    this.define(node, shape);
    const className = scanner.readClassSuffix();
    if (className !== undefined) node.classes.push(className);
    return id;
  }

  private mention(id: string, line: number): DraftNode {
    let node = this.nodes.get(id);
    if (!node) {
      if (this.nodes.size >= MAX_NODES) this.refuse({ code: 'too-many-nodes', limit: MAX_NODES });
      node = { id, kind: 'stage', label: id, classes: [], line };
      this.nodes.set(id, node);
    }
    const lane = this.open[0];
    if (lane && node.laneId === undefined && this.lanes.has(lane.id)) node.laneId = lane.id;
    return node;
  }

  private define(node: DraftNode, { shape, label }: NodeShape): void {
    if (shape) node.kind = 'classic' in shape ? classicKind(shape.classic) : namedKind(shape.named);
    if (label === undefined) return;
    const text = readMermaidLabel(label);
    if (text.length > MAX_LABEL_LENGTH) {
      this.skipped.push({ code: 'label-cut', line: node.line, node: node.id });
      node.label = text.slice(0, MAX_LABEL_LENGTH);
    } else node.label = text;
  }

  private addEdge(source: string, target: string, link: Link, line: number): void {
    if (this.edges.length >= MAX_EDGES) this.refuse({ code: 'too-many-edges', limit: MAX_EDGES });
    const text = link.label === undefined ? '' : readMermaidLabel(link.label);
    const { label, rate } = readRateLabel(text);
    this.edges.push({
      id: `e${this.edges.length + 1}`,
      source,
      target,
      line,
      invisible: link.stroke === 'invisible',
      ...(label !== undefined ? { label: label.slice(0, MAX_LABEL_LENGTH) } : {}),
      ...(rate !== undefined ? { conversionRate: rate } : {}),
      ...(link.stroke === 'dotted' ? { style: 'dashed' as const } : {}),
    });
  }

  private finish(): ImportedGraph {
    // An id that names a subgraph is the subgraph, even where a link mentions it.
    for (const laneId of this.lanes.keys()) {
      const node = this.nodes.get(laneId);
      if (node && node.label === laneId) this.nodes.delete(laneId);
    }
    const edges: ImportedEdge[] = [];
    const pairs = new Set<string>();
    const incoming = new Set<string>();
    const outgoing = new Set<string>();
    for (const edge of this.edges) {
      const { line, invisible, ...record } = edge;
      const lane = [edge.source, edge.target].find((id) => !this.nodes.has(id));
      if (lane !== undefined) this.skipped.push({ code: 'subgraph-link', line, subgraph: lane });
      else if (invisible) this.skipped.push({ code: 'invisible-link', line, source: edge.source, target: edge.target });
      else if (edge.source === edge.target) this.skipped.push({ code: 'self-loop', line, node: edge.source });
      else if (pairs.has(JSON.stringify([edge.source, edge.target]))) this.skipped.push({ code: 'duplicate-edge', line, source: edge.source, target: edge.target });
      else {
        pairs.add(JSON.stringify([edge.source, edge.target]));
        incoming.add(edge.target);
        outgoing.add(edge.source);
        edges.push(record);
      }
    }
    const nodes = [...this.nodes.values()].map((draft): ImportedNode => {
      const kind = draft.kind !== 'terminal' ? draft.kind : !incoming.has(draft.id) ? 'start' : !outgoing.has(draft.id) ? 'end' : 'stage';
      const style: NodeStyle = {};
      let outcome: Outcome | undefined;
      for (const name of draft.classes) {
        // A won or lost class is the outcome, whose look the canvas gives it: not a colour of its own.
        const named = kind === 'end' ? OUTCOMES.get(name) : undefined;
        if (named) outcome = named;
        else Object.assign(style, this.classStyles.get(name));
      }
      Object.assign(style, this.nodeStyles.get(draft.id));
      return {
        id: draft.id,
        kind,
        label: draft.label,
        ...(draft.laneId !== undefined ? { laneId: draft.laneId } : {}),
        ...(Object.keys(style).length > 0 ? { style } : {}),
        ...(outcome !== undefined ? { outcome } : {}),
      };
    });
    const lanes = [...this.lanes.values()].map(({ line: _line, ...lane }): ImportedLane => {
      const fill = this.nodeStyles.get(lane.id)?.fill;
      return fill === undefined ? lane : { ...lane, color: fill };
    });
    return { direction: this.direction, lanes, nodes, edges };
  }
}

/** Reads Mermaid flowchart text; the graph has no positions (auto layout places it). */
export function parseMermaid(text: string): Result<MermaidImport, MermaidError> {
  if (text.length > MAX_MERMAID_TEXT) return err({ code: 'too-large', limit: MAX_MERMAID_TEXT });
  if (text.trim() === '') return err({ code: 'empty' });
  const reader = new Reader(text.replace(/^\uFEFF/, ''));
  try {
    const graph = reader.read();
    return ok({ graph, skipped: reader.skipped });
  } catch (error) {
    if (error instanceof Refusal) return err(error.error);
    throw error;
  }
}
