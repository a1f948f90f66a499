// The difference between the figures of two analyses (a scenario and the process, or two
// scenarios): every forecast figure, as shown minus compared. A figure one side cannot give (no
// deal value, no path to a win) has no difference.

import type { Analysis } from '../analytics/analyse';

export interface FigureDeltas {
  entered: number;
  /** In rate units: 0.05 is five percentage points. */
  conversion: number;
  wins: number;
  revenue: number | undefined;
  daysToWin: number | undefined;
  withoutPath: number;
}

function difference(shown: number | undefined, compared: number | undefined): number | undefined {
  return shown === undefined || compared === undefined ? undefined : shown - compared;
}

export function compareAnalyses(shown: Analysis, compared: Analysis): FigureDeltas {
  return {
    entered: shown.funnel.entered - compared.funnel.entered,
    conversion: shown.funnel.conversion - compared.funnel.conversion,
    wins: shown.funnel.wins - compared.funnel.wins,
    revenue: difference(shown.funnel.revenue, compared.funnel.revenue),
    daysToWin: difference(shown.cycleTime.daysToWin, compared.cycleTime.daysToWin),
    withoutPath: shown.funnel.withoutPath - compared.funnel.withoutPath,
  };
}
