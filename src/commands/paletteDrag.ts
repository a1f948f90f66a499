/** The drag payload of a palette item: a node kind, or `swimlane`. */
export const PALETTE_DRAG_TYPE = 'application/x-salesflow-shape';
