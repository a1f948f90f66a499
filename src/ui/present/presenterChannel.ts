// The presenter view (a second window) and the presenting tab talk over a BroadcastChannel of
// their own: the tab sends what the presenter needs (the step's node, the next step's label, when
// the presentation began), the presenter view asks for it when it opens and can move the steps.
// The presenter view never opens the document itself: it is a view of the presenting tab.

import type { FlowNode, NodeDetails } from '../../model/types';

/** What a caption shows of a node. */
export type CaptionNode = Pick<FlowNode, 'label' | 'details'>;

export interface PresenterState {
  kind: 'state';
  /** From 1. */
  step: number;
  count: number;
  node: CaptionNode | null;
  nextLabel: string | null;
  /** When the presentation began (ms since the epoch), for the presenter's timer. */
  startedAt: number;
}

export type ToPresenter = PresenterState | { kind: 'ended' };
export type FromPresenter = { kind: 'hello' } | { kind: 'move'; by: 1 | -1 };

export function presenterChannelName(channel: string): string {
  return `salesflow-presenter-${channel}`;
}

/** A fresh channel name, random enough that two presentations never share one. */
export function newPresenterChannel(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return [...bytes].map((byte) => byte.toString(36).padStart(2, '0')).join('').slice(0, 20);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Messages come from any page of this origin: each is checked before it is used.
export function readFromPresenter(data: unknown): FromPresenter | null {
  if (!isObject(data)) return null;
  if (data['kind'] === 'hello') return { kind: 'hello' };
  if (data['kind'] === 'move' && (data['by'] === 1 || data['by'] === -1)) return { kind: 'move', by: data['by'] };
  return null;
}

const TEXT_DETAILS = ['owner', 'entryCriteria', 'exitCriteria', 'kpi', 'notes'] as const;

function readCaptionNode(value: unknown): CaptionNode | null | undefined {
  if (value === null) return null;
  if (!isObject(value) || typeof value['label'] !== 'string') return undefined;
  const source = isObject(value['details']) ? value['details'] : {};
  const details: NodeDetails = {};
  for (const key of TEXT_DETAILS) if (typeof source[key] === 'string') details[key] = source[key];
  if (typeof source['durationDays'] === 'number' && Number.isFinite(source['durationDays'])) details.durationDays = source['durationDays'];
  return { label: value['label'], details };
}

export function readToPresenter(data: unknown): ToPresenter | null {
  if (!isObject(data)) return null;
  if (data['kind'] === 'ended') return { kind: 'ended' };
  if (data['kind'] !== 'state') return null;
  const { step, count, nextLabel, startedAt } = data;
  const node = readCaptionNode(data['node']);
  if (typeof step !== 'number' || typeof count !== 'number' || typeof startedAt !== 'number' || node === undefined) return null;
  if (nextLabel !== null && typeof nextLabel !== 'string') return null;
  return { kind: 'state', step, count, node, nextLabel, startedAt };
}
