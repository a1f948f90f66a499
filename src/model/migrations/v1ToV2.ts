// Version 2 reserves the second wave's stored data (DESIGN.md, "Version 2 additions"): named
// scenarios, the trainer's walkthrough and measured deal data start empty; lanes, ordered by their
// place in the array until now, get order keys in that order. Nothing else changes: labels and
// notes may be longer in version 2, so every version-1 text still fits.

import { initialKeys } from '../../lib/orderKey';
import type { Migration } from '../migrations';
import { isPlainObject } from '../../lib/isPlainObject';

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate(doc) {
    if (!isPlainObject(doc)) return doc;
    const lanes: unknown = doc['lanes'];
    const next: Record<string, unknown> = { ...doc, scenarios: [], walkthrough: { steps: [] } };
    // Lanes that are missing or not objects are left for the schema to refuse with their path.
    if (Array.isArray(lanes)) {
      const keys = initialKeys(lanes.length);
      next['lanes'] = lanes.map((lane: unknown, index) => (isPlainObject(lane) ? { ...lane, order: keys[index] } : lane));
    }
    return next;
  },
};
