// A process table (one row per step) as an imported graph for auto layout: each row a node, its
// next-steps cell the edges leaving it, lanes in the order they first appear. What a row gets
// wrong (an unknown kind, a target that is no row's id, a rate above 100%) is listed with its
// row and the rest imported. A step without a kind is a start when nothing leads to it and an
// end when it leads nowhere, so a table of ids and next steps alone makes a valid process.

import { err, ok, type Result } from '../../lib/result';
import type { Cell, Table } from '../../model/actuals/table';
import { MAX_DURATION_DAYS, MAX_EDGES, MAX_LABEL_LENGTH, MAX_LANES, MAX_NODES, MAX_SHORT_TEXT_LENGTH } from '../../model/limits';
import type { ImportedEdge, ImportedGraph, ImportedLane, ImportedNode } from '../graph/importedGraph';
import { parseNextSteps } from './nextSteps';
import type { ColumnMapping, ProcessField } from './processColumns';
import type { ProcessTableError, ProcessTableSkip } from './processTableErrors';
import { readKind } from './processKinds';

export interface ProcessTableImport {
  graph: ImportedGraph;
  skipped: ProcessTableSkip[];
}

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export function readProcessTable(table: Table, mapping: ColumnMapping): Result<ProcessTableImport, ProcessTableError> {
  if (mapping.id === undefined) return err({ code: 'no-id-column' });
  const skipped: ProcessTableSkip[] = [];
  const lanes: ImportedLane[] = [];
  const laneByName = new Map<string, string>();
  const drafts: { node: ImportedNode; row: number; next: string; kindGiven: boolean }[] = [];
  const byId = new Map<string, ImportedNode>();
  const cellOf = (row: readonly Cell[], field: ProcessField) => (mapping[field] === undefined ? '' : text(row[mapping[field]]));

  for (const [index, row] of table.rows.entries()) {
    const fileRow = table.fileRows[index] ?? index + 2;
    const id = cellOf(row, 'id');
    if (id === '') {
      if (row.some((cell) => text(cell) !== '')) skipped.push({ code: 'empty-id', row: fileRow });
      continue;
    }
    if (byId.has(id)) {
      skipped.push({ code: 'duplicate-id', row: fileRow, id: id.slice(0, 80) });
      continue;
    }
    if (drafts.length >= MAX_NODES) return err({ code: 'too-many-nodes', limit: MAX_NODES });
    let label = cellOf(row, 'label') || id;
    if (label.length > MAX_LABEL_LENGTH) {
      skipped.push({ code: 'label-cut', row: fileRow });
      label = label.slice(0, MAX_LABEL_LENGTH);
    }
    const kindCell = cellOf(row, 'kind');
    const kind = readKind(kindCell);
    if (kind === null) skipped.push({ code: 'unknown-kind', row: fileRow, kind: kindCell.slice(0, 80) });
    const laneName = cellOf(row, 'lane');
    let laneId: string | undefined;
    if (laneName !== '') {
      laneId = laneByName.get(laneName);
      if (laneId === undefined) {
        if (lanes.length >= MAX_LANES) return err({ code: 'too-many-lanes', limit: MAX_LANES });
        laneId = `lane-${lanes.length + 1}`;
        laneByName.set(laneName, laneId);
        lanes.push({ id: laneId, label: laneName.slice(0, MAX_LABEL_LENGTH) });
      }
    }
    const owner = cellOf(row, 'owner').slice(0, MAX_SHORT_TEXT_LENGTH);
    const durationCell = cellOf(row, 'duration');
    const duration = durationCell === '' ? undefined : Number(durationCell.replace(',', '.'));
    if (duration !== undefined && !(duration >= 0 && duration <= MAX_DURATION_DAYS)) skipped.push({ code: 'bad-duration', row: fileRow, value: durationCell.slice(0, 80) });
    const node: ImportedNode = {
      id,
      kind: kind?.kind ?? 'stage',
      label,
      ...(kind?.outcome !== undefined ? { outcome: kind.outcome } : {}),
      ...(laneId !== undefined ? { laneId } : {}),
      ...(owner !== '' ? { owner } : {}),
      ...(duration !== undefined && duration >= 0 && duration <= MAX_DURATION_DAYS ? { durationDays: duration } : {}),
    };
    byId.set(id, node);
    drafts.push({ node, row: fileRow, next: cellOf(row, 'next'), kindGiven: kind !== undefined && kind !== null });
  }
  if (drafts.length === 0) return err({ code: 'no-steps' });

  const edges: ImportedEdge[] = [];
  const pairs = new Set<string>();
  for (const { node, row, next } of drafts) {
    for (const step of parseNextSteps(next)) {
      if (!byId.has(step.target)) {
        skipped.push({ code: 'unknown-target', row, target: step.target.slice(0, 80) });
        continue;
      }
      if (step.target === node.id) {
        skipped.push({ code: 'self-loop', row, id: node.id.slice(0, 80) });
        continue;
      }
      const pair = JSON.stringify([node.id, step.target]);
      if (pairs.has(pair)) {
        skipped.push({ code: 'duplicate-edge', row, source: node.id.slice(0, 80), target: step.target.slice(0, 80) });
        continue;
      }
      if (edges.length >= MAX_EDGES) return err({ code: 'too-many-edges', limit: MAX_EDGES });
      pairs.add(pair);
      if (step.rate !== undefined && Number.isNaN(step.rate)) skipped.push({ code: 'bad-rate', row, target: step.target.slice(0, 80) });
      edges.push({
        id: `edge-${edges.length + 1}`,
        source: node.id,
        target: step.target,
        ...(step.label !== undefined ? { label: step.label.slice(0, MAX_LABEL_LENGTH) } : {}),
        ...(step.rate !== undefined && !Number.isNaN(step.rate) ? { conversionRate: step.rate } : {}),
      });
    }
  }

  const entered = new Set(edges.map((edge) => edge.target));
  const left = new Set(edges.map((edge) => edge.source));
  const nodes = drafts.map(({ node, kindGiven }): ImportedNode => {
    if (kindGiven) return node;
    if (!entered.has(node.id) && left.has(node.id)) return { ...node, kind: 'start' };
    if (entered.has(node.id) && !left.has(node.id)) return { ...node, kind: 'end' };
    return node;
  });
  return ok({ graph: { direction: 'LR', lanes, nodes, edges }, skipped });
}
