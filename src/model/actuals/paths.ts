// The edges a move from one measured node to the next is counted on. A direct edge is the path;
// otherwise the move went through nodes no stage is mapped to (a decision, a document), and is
// counted on every edge of the one such path. Two or more such paths are ambiguous: listed, never
// guessed.

import type { FlowEdge, FlowNode } from '../types';

export type EdgePath = { kind: 'path'; edgeIds: string[] } | { kind: 'none' } | { kind: 'ambiguous' };

const MAX_STEPS = 8;

export interface PathFinder {
  between(from: string, to: string): EdgePath;
}

export function pathFinder(nodes: readonly FlowNode[], edges: readonly FlowEdge[], measured: ReadonlySet<string>): PathFinder {
  const notes = new Set(nodes.filter((node) => node.kind === 'note').map((node) => node.id));
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of edges) {
    if (notes.has(edge.source) || notes.has(edge.target)) continue;
    const list = outgoing.get(edge.source) ?? [];
    list.push(edge);
    outgoing.set(edge.source, list);
  }
  const cache = new Map<string, EdgePath>();

  function search(from: string, to: string): EdgePath {
    const direct = outgoing.get(from)?.find((edge) => edge.target === to);
    if (direct) return { kind: 'path', edgeIds: [direct.id] };
    const found: string[][] = [];
    const onPath = new Set<string>([from]);
    const walk = (node: string, trail: string[]) => {
      if (found.length > 1 || trail.length > MAX_STEPS) return;
      for (const edge of outgoing.get(node) ?? []) {
        if (edge.target === to) {
          found.push([...trail, edge.id]);
        } else if (!measured.has(edge.target) && !onPath.has(edge.target)) {
          onPath.add(edge.target);
          walk(edge.target, [...trail, edge.id]);
          onPath.delete(edge.target);
        }
        if (found.length > 1) return;
      }
    };
    walk(from, []);
    const [only, other] = found;
    if (only === undefined) return { kind: 'none' };
    return other === undefined ? { kind: 'path', edgeIds: only } : { kind: 'ambiguous' };
  }

  return {
    between(from, to) {
      // Ids hold no control characters (schema.ts), so one separates them safely.
      const key = `${from}\u0000${to}`;
      let path = cache.get(key);
      if (!path) {
        path = search(from, to);
        cache.set(key, path);
      }
      return path;
    },
  };
}
