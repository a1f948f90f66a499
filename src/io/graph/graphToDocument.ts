// An imported graph as a new document: fresh ids (another tool's ids may be any length or
// characters), each node at its kind's default size on a provisional grid in reading order, lanes
// in order with order keys, and everything through the model's own door, so an import can never
// produce a document the app would refuse on the next load. Auto layout then places it properly,
// unless the graph brought a drawing of its own (positions, sizes and bends are kept then).

import { createId } from '../../lib/ids';
import { initialKeys } from '../../lib/orderKey';
import { err, ok, type Result } from '../../lib/result';
import { createDocument } from '../../model/document';
import type { DocumentError } from '../../model/errors';
import { defaultSize, MAX_DEFAULT_SIZE } from '../../model/kinds';
import { validateDocument } from '../../model/parse';
import type { FlowEdge, FlowNode, Lane, SalesDocument } from '../../model/types';
import type { ImportedGraph } from './importedGraph';

const GAP = 40;

export interface GraphToDocumentOptions {
  title: string;
  now: number;
  /** Makes the new records' ids; `createId` unless a test needs them fixed. */
  makeId?: (prefix: string) => string;
}

/** True when the graph carries its own drawing: every node placed (and there is a node). */
export function isDrawn(graph: ImportedGraph): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((node) => node.position !== undefined);
}

export function graphToDocument(graph: ImportedGraph, { title, now, makeId = createId }: GraphToDocumentOptions): Result<SalesDocument, DocumentError> {
  const laneIds = new Map(graph.lanes.map((lane) => [lane.id, makeId('lane')]));
  const nodeIds = new Map(graph.nodes.map((node) => [node.id, makeId('node')]));
  const keys = initialKeys(graph.lanes.length);
  const lanes = graph.lanes.map(
    (lane, index): Lane => ({ id: laneIds.get(lane.id)!, label: lane.label, order: keys[index]!, ...(lane.color !== undefined ? { color: lane.color } : {}) }),
  );
  const columns = Math.max(1, Math.ceil(Math.sqrt(graph.nodes.length)));
  const nodes = graph.nodes.map((node, index): FlowNode => {
    const laneId = node.laneId === undefined ? undefined : laneIds.get(node.laneId);
    return {
      id: nodeIds.get(node.id)!,
      kind: node.kind,
      label: node.label,
      position: node.position ? { ...node.position } : { x: (index % columns) * (MAX_DEFAULT_SIZE.width + GAP), y: Math.floor(index / columns) * (MAX_DEFAULT_SIZE.height + GAP) },
      size: node.size ? { ...node.size } : defaultSize(node.kind),
      ...(laneId !== undefined ? { laneId } : {}),
      ...(node.style ? { style: { ...node.style } } : {}),
      ...(node.outcome !== undefined && node.kind === 'end' ? { outcome: node.outcome } : {}),
      ...(node.link !== undefined ? { link: node.link } : {}),
      ...(node.owner !== undefined || node.durationDays !== undefined
        ? { details: { ...(node.owner !== undefined ? { owner: node.owner } : {}), ...(node.durationDays !== undefined ? { durationDays: node.durationDays } : {}) } }
        : {}),
    };
  });
  const edges = graph.edges.flatMap((edge): FlowEdge[] => {
    const source = nodeIds.get(edge.source);
    const target = nodeIds.get(edge.target);
    if (source === undefined || target === undefined) return [];
    return [
      {
        id: makeId('edge'),
        source,
        target,
        ...(edge.label !== undefined ? { label: edge.label } : {}),
        ...(edge.conversionRate !== undefined ? { conversionRate: edge.conversionRate } : {}),
        ...(edge.style !== undefined ? { style: edge.style } : {}),
        ...(edge.points !== undefined && edge.points.length > 0 ? { points: edge.points.map((point) => ({ ...point })) } : {}),
      },
    ];
  });
  const base = createDocument({ id: makeId('doc'), title, now });
  const document: SalesDocument = { ...base, settings: { ...base.settings, direction: graph.direction }, lanes, nodes, edges };
  const checked = validateDocument(document);
  return checked.ok ? ok(checked.value) : err(checked.error);
}
