// What the page and the analysis worker say to each other (backgroundAnalysis.ts, analysisWorker.ts).
import type { MirrorPatch } from '../lib/mirror';
import type { Analysis } from '../model/analytics/analyse';
import type { SalesDocument } from '../model/types';

/** The document's lists the patches compare record by record. */
export const ANALYSIS_LISTS: readonly (keyof SalesDocument & string)[] = ['nodes', 'edges'];

export interface AnalysisRequest {
  id: number;
  /** From the previous request's document to this one's; from nothing for the first. */
  patch: MirrorPatch;
}

export type AnalysisAnswer = { id: number; ok: true; analysis: Analysis } | { id: number; ok: false };
