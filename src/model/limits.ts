// Every cap on a document, in one place: the schema checks them at every door, the operations keep
// every edit inside them, and normalize repairs a stored document that crossed one anyway.
// They keep a hostile or corrupted file from freezing the tab, and sit far above real processes.

export const MAX_NODES = 5000;
export const MAX_EDGES = 20_000;
export const MAX_LANES = 100;
export const MAX_SCENARIOS = 100;
export const MAX_WALKTHROUGH_STEPS = 5000;
export const MAX_EDGE_POINTS = 1000;
export const MAX_ID_LENGTH = 200;
/** Labels and notes: a pasted playbook fits; the canvas clamps what it shows. */
export const MAX_LABEL_LENGTH = 100_000;
export const MAX_SHORT_TEXT_LENGTH = 200;
export const MAX_LONG_TEXT_LENGTH = 100_000;
export const MAX_ORDER_KEY_LENGTH = 200;
export const MAX_SIZE = 100_000;
export const MAX_COORDINATE = 10_000_000;
/** Below one canvas unit, snapping divides by almost nothing and positions stop being finite. */
export const MIN_GRID_SIZE = 1;
export const MAX_GRID_SIZE = 1000;
export const MAX_DURATION_DAYS = 36_500;
export const MAX_VOLUME = 1e12;
export const MAX_DEAL_VALUE = 1e15;
export const MAX_DEAL_DATA_ROWS = 200_000;
// The largest time a Date can hold (ECMA-262, "Time Values").
export const MAX_TIME = 8.64e15;
