// Which records an edit replaced, added or removed: the page routes those itself, unless there
// are so many that asking the geometry worker again is quicker (hooks/useEdgeGeometry.ts).

import type { GeometrySnapshot } from './backgroundGeometry';

export interface SnapshotChanges {
  nodes: Set<string>;
  edges: Set<string>;
}

function changedIds<T extends { id: string }>(before: readonly T[], after: readonly T[]): Set<string> {
  const changed = new Set<string>();
  if (before === after) return changed;
  const earlier = new Map(before.map((record) => [record.id, record]));
  for (const record of after) {
    if (earlier.get(record.id) !== record) changed.add(record.id);
    earlier.delete(record.id);
  }
  for (const id of earlier.keys()) changed.add(id);
  return changed;
}

/** Records are told apart by identity: every operation replaces what it changes. */
export function changesBetween(before: GeometrySnapshot, after: GeometrySnapshot): SnapshotChanges {
  return { nodes: changedIds(before.nodes, after.nodes), edges: changedIds(before.edges, after.edges) };
}
