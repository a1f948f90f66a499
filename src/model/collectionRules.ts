// Each collection's record schema and cap in one table. The server's update guard and the
// incremental read of a shared document check a record, and a collection's size, against the
// same pair as the document's own schema.

import type { CollectionName } from './operations/changes';
import {
  edgeSchema,
  laneSchema,
  MAX_EDGES,
  MAX_LANES,
  MAX_NODES,
  MAX_SCENARIOS,
  MAX_WALKTHROUGH_STEPS,
  nodeSchema,
  scenarioSchema,
  walkthroughStepSchema,
} from './schema';

export const COLLECTION_RULES = {
  lanes: { schema: laneSchema, cap: MAX_LANES },
  nodes: { schema: nodeSchema, cap: MAX_NODES },
  edges: { schema: edgeSchema, cap: MAX_EDGES },
  scenarios: { schema: scenarioSchema, cap: MAX_SCENARIOS },
  walkthroughSteps: { schema: walkthroughStepSchema, cap: MAX_WALKTHROUGH_STEPS },
} as const satisfies Record<CollectionName, { schema: unknown; cap: number }>;
