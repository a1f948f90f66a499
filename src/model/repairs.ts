// What `normalize` changed to make a document valid, as codes with parameters; src/i18n turns
// each into a sentence, so the user learns what was repaired instead of finding it out later.

export type Repair =
  /** A text longer than its cap, cut at the cap. */
  | { code: 'text-truncated'; path: string; limit: number }
  /** A list longer than its cap (an edge's bend points), cut at the cap. */
  | { code: 'list-truncated'; path: string; limit: number }
  | { code: 'coordinate-clamped'; path: string }
  | { code: 'number-clamped'; path: string }
  | { code: 'non-finite-number'; path: string }
  | { code: 'size-reset'; path: string }
  | { code: 'grid-size-reset'; value: number }
  /** A setting or a top-level field that could not be read, back to its default. */
  | { code: 'field-reset'; path: string }
  /** An optional field that could not be read, left out. */
  | { code: 'field-dropped'; path: string }
  /** A record missing something it cannot do without, left out. */
  | { code: 'record-dropped'; path: string }
  | { code: 'lanes-dropped'; count: number; limit: number }
  | { code: 'nodes-dropped'; count: number; limit: number }
  | { code: 'edges-dropped'; count: number; limit: number }
  | { code: 'duplicates-dropped'; count: number }
  | { code: 'dangling-edge-dropped'; count: number }
  | { code: 'self-loop-dropped'; count: number }
  /** Connections from one node to another made twice (at once, in a shared document). */
  | { code: 'repeated-connection-dropped'; count: number }
  | { code: 'lane-ref-dropped'; path: string }
  | { code: 'attachment-dropped'; path: string };

export type RepairCode = Repair['code'];
