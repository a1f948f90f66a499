// Typed errors with their parameters; src/i18n turns each code into a sentence.

/** Why a value at a path broke the document's rules. */
export type InvalidReason =
  | 'required'
  | 'type'
  | 'not-finite'
  | 'out-of-range'
  | 'too-long'
  | 'duplicate-id'
  | 'missing-node'
  | 'self-loop'
  | 'missing-lane'
  | 'missing-attachment'
  | 'link-scheme'
  | 'too-many-nodes';

export type DocumentError =
  | { code: 'not-json' }
  | { code: 'not-salesflow' }
  | { code: 'too-new'; version: number; supported: number }
  | { code: 'migration-failed'; fromVersion: number }
  | { code: 'invalid'; path: string; reason: InvalidReason; limit?: number };

export type DocumentErrorCode = DocumentError['code'];

/** Why a connection between two nodes was refused (graph.ts: addEdge, reconnectEdge). */
export type ConnectError =
  | { code: 'self-loop' }
  | { code: 'duplicate-edge'; existingId: string }
  | { code: 'missing-node'; id: string }
  | { code: 'duplicate-id'; id: string };

/** Why an edit was refused; src/i18n says each in the user's language. */
export type OperationError =
  | ConnectError
  | { code: 'read-only' }
  | { code: 'too-many'; collection: 'nodes' | 'edges' | 'lanes' | 'scenarios' | 'walkthroughSteps'; limit: number }
  | { code: 'not-found'; id: string }
  | { code: 'out-of-limits'; path: string; reason: InvalidReason };

/** What an edit adjusted to keep the document valid, so the user can be told. */
export type OperationNote = { code: 'text-clamped'; limit: number } | { code: 'position-clamped'; limit: number };
