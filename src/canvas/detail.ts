import { createContext, useContext } from 'react';
import type { ReactFlowState } from '@xyflow/react';

// Below this zoom a label is hard to read anyway, and a plain box costs a fraction of the symbol
// (STACK-NOTES.md, "Drawing 1,000 flowchart nodes"). Small diagrams keep their symbols: there the
// saving is nothing and an overview of shapes reads better than coloured boxes.
const DETAIL_ZOOM = 0.5;
const SMALL_DIAGRAM = 150;

/**
 * One subscription for the whole canvas: nodes read the answer from context, so a pan frame does
 * not run a selector per node. It also decides `onlyRenderVisibleElements`, which pays off only
 * when zoomed in (zoomed out, every node is on screen anyway and panning would remount them).
 */
export const isDetailedView = (state: ReactFlowState): boolean =>
  state.transform[2] >= DETAIL_ZOOM || state.nodes.length <= SMALL_DIAGRAM;

export const DetailContext = createContext(true);

export function useDetailed(): boolean {
  return useContext(DetailContext);
}
