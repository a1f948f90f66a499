// A new, empty document and the settings it starts with.

import type { SalesDocument, Settings } from './types';

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  direction: 'LR',
  gridSize: 20,
  snapToGrid: true,
  period: 'month',
  currency: 'USD',
};

export interface NewDocumentOptions {
  id: string;
  title: string;
  /** Milliseconds since the epoch; both timestamps start here. */
  now: number;
}

export function createDocument({ id, title, now }: NewDocumentOptions): SalesDocument {
  return {
    id,
    title,
    createdAt: now,
    updatedAt: now,
    settings: { ...DEFAULT_SETTINGS },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes: [],
    nodes: [],
    edges: [],
  };
}
