// A hand-written sales process the unit and end-to-end tests share: the classic six stages of a
// sale, with a qualification decision and lost and won ends, annotated enough to light up the funnel.

import { DEFAULT_SETTINGS } from './document';
import { defaultSize } from './kinds';
import type { FlowEdge, FlowNode, NodeDetails, NodeKind, SalesDocument, Size } from './types';

/** createdAt and updatedAt when the caller does not pass the current time. */
export const SAMPLE_CREATED_AT = Date.UTC(2024, 0, 1);

const COLUMN = 240;
const ROW_CENTER = 100;
// The longer stage names need more room than a stage's default size to fit on two lines.
const WIDE: Size = { width: 180, height: 72 };

function node(
  id: string,
  kind: NodeKind,
  label: string,
  column: number,
  extra: Partial<FlowNode> & { details?: NodeDetails } = {},
  row = 0,
): FlowNode {
  const size = extra.size ?? defaultSize(kind);
  return {
    id,
    kind,
    label,
    position: { x: column * COLUMN, y: ROW_CENTER + row * 160 - size.height / 2 },
    size,
    ...extra,
  };
}

function edge(source: string, target: string, conversionRate: number, label?: string): FlowEdge {
  const out: FlowEdge = { id: `${source}--${target}`, source, target, conversionRate };
  if (label !== undefined) out.label = label;
  return out;
}

export interface SampleOptions {
  id?: string;
  title?: string;
  /** Milliseconds since the epoch for both timestamps. */
  now?: number;
}

export function sampleDocument({ id = 'sample', title = 'Sample sales process', now = SAMPLE_CREATED_AT }: SampleOptions = {}): SalesDocument {
  return {
    id,
    title,
    createdAt: now,
    updatedAt: now,
    settings: { ...DEFAULT_SETTINGS, dealValue: 20_000 },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes: [],
    nodes: [
      node('leads', 'start', 'New leads', 0, { volume: 200 }),
      node('acquisition', 'stage', 'Lead acquisition', 1, {
        details: { owner: 'Marketing', durationDays: 7 },
      }),
      node('contact', 'stage', 'First contact', 2, {
        details: { owner: 'Sales development rep', durationDays: 3 },
      }),
      node('qualified', 'decision', 'Qualified?', 3),
      node('needs', 'stage', 'Needs analysis & solution design', 4, {
        size: { ...WIDE },
        details: { owner: 'Solutions engineer', durationDays: 10 },
      }),
      node('not-qualified', 'end', 'Lost: not qualified', 3, { outcome: 'lost' }, 1),
      node('quotation', 'stage', 'Quotation & negotiation', 5, {
        size: { ...WIDE },
        details: { owner: 'Account executive', durationDays: 14 },
      }),
      node('contract', 'stage', 'Contract signing & execution', 6, {
        size: { ...WIDE },
        details: { owner: 'Legal counsel', durationDays: 7 },
      }),
      node('after-sales', 'stage', 'After-sales service & retention', 7, {
        size: { ...WIDE },
        details: { owner: 'Customer success manager', durationDays: 30 },
      }),
      node('won', 'end', 'Won', 8, { outcome: 'won' }),
    ],
    edges: [
      edge('leads', 'acquisition', 1),
      edge('acquisition', 'contact', 0.8),
      edge('contact', 'qualified', 0.9),
      edge('qualified', 'needs', 0.6, 'Yes'),
      edge('qualified', 'not-qualified', 0.4, 'No'),
      edge('needs', 'quotation', 0.75),
      edge('quotation', 'contract', 0.6),
      edge('contract', 'after-sales', 0.95),
      edge('after-sales', 'won', 0.9),
    ],
  };
}
