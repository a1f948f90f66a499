// Small hand-made documents for the analytics tests: a node or edge in one call, positions ignored.

import { DEFAULT_SETTINGS } from '../document';
import { defaultSize } from '../kinds';
import type { FlowEdge, FlowNode, NodeKind, SalesDocument, Settings } from '../types';

export function node(id: string, kind: NodeKind, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, kind, label: id, position: { x: 0, y: 0 }, size: defaultSize(kind), ...extra };
}

export function stage(id: string, days?: number, owner = 'Sales'): FlowNode {
  return node(id, 'stage', { details: days === undefined ? { owner } : { owner, durationDays: days } });
}

export function edge(source: string, target: string, conversionRate?: number, extra: Partial<FlowEdge> = {}): FlowEdge {
  const made: FlowEdge = { id: `${source}->${target}`, source, target, ...extra };
  if (conversionRate !== undefined) made.conversionRate = conversionRate;
  return made;
}

export function documentOf(nodes: FlowNode[], edges: FlowEdge[], settings: Partial<Settings> = {}): SalesDocument {
  return {
    id: 'test',
    title: 'Test',
    createdAt: 0,
    updatedAt: 0,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes: [],
    nodes,
    edges,
  };
}

/**
 * The six stages of the guide in a line, with the rates between them; 1,000 leads enter by
 * default and the last stage passes everything to the won end.
 */
export function sixStageLine(rates: readonly number[] = [0.5, 0.6, 0.4, 0.5, 0.8], leads = 1000): SalesDocument {
  const stages = ['s1', 's2', 's3', 's4', 's5', 's6'];
  return documentOf(
    [node('leads', 'start', { volume: leads }), ...stages.map((id) => stage(id)), node('won', 'end', { outcome: 'won' })],
    [
      edge('leads', 's1'),
      ...stages.slice(1).map((id, index) => edge(stages[index]!, id, rates[index])),
      edge('s6', 'won'),
    ],
  );
}
