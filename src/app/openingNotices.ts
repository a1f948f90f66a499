// What an import repaired or left out is said in the editor it opens, which mounts after a route
// change: the library leaves them here under the new document's id, and the editor takes them once.

import type { ImportReport } from '../ui/import/importReport';

const pending = new Map<string, ImportReport>();

export function rememberImportReport(documentId: string, report: ImportReport): void {
  if (report.repairs.length > 0 || report.skipped.length > 0) pending.set(documentId, report);
}

export function takeImportReport(documentId: string): ImportReport {
  const report = pending.get(documentId) ?? { repairs: [], skipped: [] };
  pending.delete(documentId);
  return report;
}
