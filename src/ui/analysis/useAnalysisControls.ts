import { useCallback, useMemo, useState } from 'react';

/**
 * The analysis's view state, held by the editor page: the heat view reaches the canvas and the
 * toolbar from there.
 */
export interface AnalysisControls {
  heatView: boolean;
  toggleHeatView: () => void;
}

export function useAnalysisControls(): AnalysisControls {
  const [heatView, setHeatView] = useState(false);
  const toggleHeatView = useCallback(() => setHeatView((on) => !on), []);
  return useMemo(() => ({ heatView, toggleHeatView }), [heatView, toggleHeatView]);
}
