import { useCallback, useMemo, useState } from 'react';
import type { SalesDocument } from '../../model/types';

/**
 * The analysis's view state, held by the editor page: the heat view reaches the canvas and the
 * toolbar from there, and the baseline outlives the inspector panel, which unmounts whenever
 * something is selected.
 */
export interface AnalysisControls {
  heatView: boolean;
  toggleHeatView: () => void;
  /** The document as it was when pinned; it stays pinned until another is. */
  baseline: SalesDocument | null;
  pinBaseline: (document: SalesDocument) => void;
}

export function useAnalysisControls(): AnalysisControls {
  const [heatView, setHeatView] = useState(false);
  const [baseline, setBaseline] = useState<SalesDocument | null>(null);
  const toggleHeatView = useCallback(() => setHeatView((on) => !on), []);
  return useMemo(() => ({ heatView, toggleHeatView, baseline, pinBaseline: setBaseline }), [heatView, toggleHeatView, baseline]);
}
