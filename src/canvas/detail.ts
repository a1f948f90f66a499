import { createContext, useContext } from 'react';
import type { ReactFlowState } from '@xyflow/react';
import { CLEARANCE, VISIBLE_DETOUR_PX } from '../geometry/routing/types';

// Below this zoom a label is hard to read anyway, and a plain box costs a fraction of the symbol
// (STACK-NOTES.md, "Drawing 1,000 flowchart nodes"). Small diagrams keep their symbols: there the
// saving is nothing and an overview of shapes reads better than coloured boxes.
const DETAIL_ZOOM = 0.5;
const SMALL_DIAGRAM = 150;

/** Whether a diagram of this many nodes is small enough to keep its symbols at any zoom. */
export const isSmallDiagram = (nodeCount: number): boolean => nodeCount <= SMALL_DIAGRAM;

/**
 * One subscription for the whole canvas: nodes read the answer from context, so a pan frame does
 * not run a selector per node. It also decides `onlyRenderVisibleElements`, which pays off only
 * when zoomed in (zoomed out, every node is on screen anyway and panning would remount them). The
 * canvas adds the document's size (isSmallDiagram): React Flow's own nodes reach its store an
 * effect after they are handed over, and the first render of a big diagram would be in detail.
 */
export const isDetailedZoom = (state: ReactFlowState): boolean => state.transform[2] >= DETAIL_ZOOM;

/**
 * Zoomed out so far that a route's detours around other nodes would be under half a pixel (a
 * 1,000-node diagram fitted is at 0.03): on a diagram that is not small, edges are routed without
 * them, and no label is placed, since none is drawn. Routing and placing in full took 170 ms of a
 * fitted 1,000-node diagram's opening; zooming in past this routes them in full.
 */
export const isCoarseZoom = (state: ReactFlowState): boolean => state.transform[2] * CLEARANCE < VISIBLE_DETOUR_PX;

export const DetailContext = createContext(true);

export function useDetailed(): boolean {
  return useContext(DetailContext);
}
