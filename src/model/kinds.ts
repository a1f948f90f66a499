// What each node kind is, beyond its name: the size a new node gets, and whether it takes part in
// the flow (volume, cycle time, validation) or is only an annotation.

import type { NodeKind, Size } from './types';

interface KindMeta {
  readonly defaultSize: Readonly<Size>;
  readonly inFlow: boolean;
}

// Keyed by our own closed set of kinds, never by user data, so a plain object is safe here.
const KIND_META: Readonly<Record<NodeKind, KindMeta>> = {
  start: { defaultSize: { width: 140, height: 56 }, inFlow: true },
  end: { defaultSize: { width: 140, height: 56 }, inFlow: true },
  stage: { defaultSize: { width: 160, height: 64 }, inFlow: true },
  decision: { defaultSize: { width: 140, height: 96 }, inFlow: true },
  document: { defaultSize: { width: 150, height: 72 }, inFlow: true },
  data: { defaultSize: { width: 140, height: 72 }, inFlow: true },
  delay: { defaultSize: { width: 140, height: 64 }, inFlow: true },
  subprocess: { defaultSize: { width: 160, height: 64 }, inFlow: true },
  note: { defaultSize: { width: 160, height: 80 }, inFlow: false },
};

/** A fresh copy of the kind's default size, safe for the caller to keep in a node. */
export function defaultSize(kind: NodeKind): Size {
  const { width, height } = KIND_META[kind].defaultSize;
  return { width, height };
}

/** False for notes: they annotate the process and carry no volume. */
export function isFlowKind(kind: NodeKind): boolean {
  return KIND_META[kind].inFlow;
}

/** The largest default width and height over all kinds, for grid layouts that must not overlap. */
export const MAX_DEFAULT_SIZE: Readonly<Size> = Object.values(KIND_META).reduce<Size>(
  (max, meta) => ({
    width: Math.max(max.width, meta.defaultSize.width),
    height: Math.max(max.height, meta.defaultSize.height),
  }),
  { width: 0, height: 0 },
);
