// Which nodes and edges a layout moves and feeds to ELK. toElkGraph and applyElkResult both derive
// it from the document, so the ELK graph can use short positional ids (`n3`, `e7`) that never
// clash, whatever ids the user's document holds.

import { isFlowKind } from '../model/kinds';
import type { FlowEdge, FlowNode, SalesDocument } from '../model/types';

export interface ElkEdgeSpec {
  source: string;
  target: string;
  /** The document edge this routes; absent for the link between a note and the node it annotates. */
  edge?: FlowEdge;
  /**
   * Left out of ELK's graph, so that it does not pull its target later in the flow: a second or
   * later way into a way out (see exitFeeds). Our own router draws it.
   */
  unlayered?: true;
}

export interface LayoutSet {
  /** Nodes given to ELK, in document order (ELK's model order is the user's), exits last. */
  elkNodes: FlowNode[];
  elkEdges: ElkEdgeSpec[];
  /** Notes attached and connected to nothing: they stay where they are unless something now covers them. */
  looseNotes: FlowNode[];
  /** Every node the layout may move. */
  moved: ReadonlySet<string>;
}

/**
 * Ends other than won (lost, other): a reader expects the path that goes on first, straight ahead,
 * and the ways out after it (below it in LR). Model order is the user's order for everything
 * else; these alone, and the edges into them, move to the end of it (Array sort is stable).
 */
function isWayOut(node: FlowNode): boolean {
  return node.kind === 'end' && node.outcome !== 'won';
}

export function elkNodeId(index: number): string {
  return `n${index}`;
}

export function elkEdgeId(index: number): string {
  return `e${index}`;
}

/**
 * Notes are not steps of the process, so ELK must not rank the flow around them. But a note
 * placed after layout can only be kept clear of nodes and edges by moving other things; given to
 * ELK as a leaf hanging off the node it annotates (an edge from that node to the note), it gets a
 * free place right beside that node in the next layer, ELK routes around it, and, being a leaf,
 * it cannot change the layer of any flow node. A note connected to its node by an edge of its own
 * is given to ELK as that edge goes: a note pointing at its node sits in the layer before it and
 * arrives where the node's other ways in arrive, never at the side its ways out leave by (where
 * the two would share a line in opposite directions).
 */
export function layoutSet(doc: SalesDocument, scope?: readonly string[]): LayoutSet {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const selected = new Set<string>();
  if (scope === undefined) {
    for (const node of doc.nodes) selected.add(node.id);
  } else {
    for (const id of scope) if (byId.has(id)) selected.add(id);
    // A note follows the node it annotates into the scope, or it would be left behind.
    let grew = true;
    while (grew) {
      grew = false;
      for (const node of doc.nodes) {
        if (node.kind === 'note' && !selected.has(node.id) && node.attachedTo !== undefined && selected.has(node.attachedTo)) {
          selected.add(node.id);
          grew = true;
        }
      }
    }
  }

  const connected = new Set<string>();
  for (const edge of doc.edges) {
    if (selected.has(edge.source) && selected.has(edge.target)) {
      connected.add(edge.source);
      connected.add(edge.target);
    }
  }

  // Flow nodes and connected notes are anchored; so is a note attached to anything anchored.
  const anchored = new Set<string>();
  for (const node of doc.nodes) {
    if (selected.has(node.id) && (isFlowKind(node.kind) || connected.has(node.id))) anchored.add(node.id);
  }
  let grewAnchored = true;
  while (grewAnchored) {
    grewAnchored = false;
    for (const node of doc.nodes) {
      if (!selected.has(node.id) || anchored.has(node.id)) continue;
      if (node.attachedTo !== undefined && anchored.has(node.attachedTo)) {
        anchored.add(node.id);
        grewAnchored = true;
      }
    }
  }

  const elkNodes: FlowNode[] = [];
  const exits: FlowNode[] = [];
  const looseNotes: FlowNode[] = [];
  for (const node of doc.nodes) {
    if (!selected.has(node.id)) continue;
    if (!anchored.has(node.id)) looseNotes.push(node);
    else if (isWayOut(node)) exits.push(node);
    else elkNodes.push(node);
  }
  elkNodes.push(...exits);

  const inElk = new Set(elkNodes.map((node) => node.id));
  const elkEdges: ElkEdgeSpec[] = [];
  const linked = new Set<string>();
  for (const edge of doc.edges) {
    if (!inElk.has(edge.source) || !inElk.has(edge.target)) continue;
    elkEdges.push({ source: edge.source, target: edge.target, edge });
    linked.add(`${edge.source}\u0000${edge.target}`);
    linked.add(`${edge.target}\u0000${edge.source}`);
  }
  for (const node of elkNodes) {
    const host = node.attachedTo;
    if (node.kind !== 'note' || host === undefined || !inElk.has(host)) continue;
    if (linked.has(`${host}\u0000${node.id}`)) continue;
    elkEdges.push({ source: host, target: node.id });
  }

  const exitIds = new Set(exits.map((node) => node.id));
  const rank = (spec: ElkEdgeSpec): number => (exitIds.has(spec.target) ? 1 : 0);
  elkEdges.sort((a, b) => rank(a) - rank(b));
  if (doc.lanes.length > 0) unlayerAllButOneExitFeed(elkEdges, exitIds);
  const moved = new Set<string>([...inElk, ...looseNotes.map((note) => note.id)]);
  return { elkNodes, elkEdges, looseNotes, moved };
}

/**
 * A way out fed from several places would sit after the latest of them, so that the earliest
 * "No" ran the length of the diagram and crossed everything between. Only one way in is given to
 * ELK, which puts the way out right after its source; the others become ordinary edges of our
 * router. That source is the middle one by steps from the starts (of two, the earlier one): on the
 * generated corpus (laneQuality.test.ts) the earliest of three or more crossed more, its long
 * edges all running back. Only with lanes: without them ELK routes every edge itself, and its
 * crossing minimisation on the whole graph already matches dot (quality.test.ts).
 */
function unlayerAllButOneExitFeed(specs: ElkEdgeSpec[], exitIds: ReadonlySet<string>): void {
  const depth = stepsFromStarts(specs.filter((spec) => !exitIds.has(spec.target)));
  const feeds = new Map<string, ElkEdgeSpec[]>();
  for (const spec of specs) {
    if (!exitIds.has(spec.target) || spec.edge === undefined) continue;
    feeds.set(spec.target, [...(feeds.get(spec.target) ?? []), spec]);
  }
  const chosen = new Map<string, ElkEdgeSpec>();
  for (const [exit, list] of feeds) {
    const sorted = [...list].sort((a, b) => (depth.get(a.source) ?? Infinity) - (depth.get(b.source) ?? Infinity));
    const pick = sorted[Math.floor((sorted.length - 1) / 2)];
    if (pick !== undefined) chosen.set(exit, pick);
  }
  for (const spec of specs) {
    if (exitIds.has(spec.target) && spec.edge !== undefined && chosen.get(spec.target) !== spec) spec.unlayered = true;
  }
}

/** Breadth-first steps from every source of no edge (or from the first node, in a cycle with no way in). */
function stepsFromStarts(specs: readonly ElkEdgeSpec[]): Map<string, number> {
  const next = new Map<string, string[]>();
  const entered = new Set<string>();
  const all: string[] = [];
  for (const spec of specs) {
    for (const id of [spec.source, spec.target]) {
      if (next.has(id)) continue;
      next.set(id, []);
      all.push(id);
    }
    next.get(spec.source)?.push(spec.target);
    entered.add(spec.target);
  }
  const roots = all.filter((id) => !entered.has(id));
  const queue = roots.length > 0 ? roots : all.slice(0, 1);
  const depth = new Map(queue.map((id) => [id, 0]));
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    for (const after of next.get(id) ?? []) {
      if (depth.has(after)) continue;
      depth.set(after, (depth.get(id) ?? 0) + 1);
      queue.push(after);
    }
  }
  return depth;
}
