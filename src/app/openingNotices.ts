// What an import repaired is said in the editor it opens, which mounts after a route change: the
// library leaves the repairs here under the new document's id, and the editor takes them once.

import type { Repair } from '../model/repairs';

const pending = new Map<string, Repair[]>();

export function rememberImportRepairs(documentId: string, repairs: Repair[]): void {
  if (repairs.length > 0) pending.set(documentId, repairs);
}

export function takeImportRepairs(documentId: string): Repair[] {
  const repairs = pending.get(documentId) ?? [];
  pending.delete(documentId);
  return repairs;
}
