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
