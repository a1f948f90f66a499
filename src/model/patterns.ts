// Patterns the schema and the hand-written aggregate checks share.

// React Flow finds a node's element with `querySelector('[data-id="…"]')`, which throws on an id
// holding a quote or backslash; control characters and angle brackets have no business in ids.
export const ID_PATTERN = /^[^\p{Cc}"'`\\<>]+$/u;

/** A week of deal data, named by the Monday it starts on. */
export const WEEK_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
