// Analyses a big document off the page's thread (backgroundAnalysis.ts), from a copy kept by the
// page's patches (lib/mirror.ts).
import { applyMirrorPatch } from '../lib/mirror';
import { answerEach } from '../lib/oneShotWorker';
import { analyse } from '../model/analytics/analyse';
import type { SalesDocument } from '../model/types';
import type { AnalysisAnswer, AnalysisRequest } from './analysisRequests';

let document: SalesDocument | null = null;
let lastId = -1;

answerEach<AnalysisRequest, AnalysisAnswer>(
  (request) => {
    lastId = request.id;
    document = applyMirrorPatch<SalesDocument>(document, request.patch);
    return { id: request.id, ok: true, analysis: analyse(document) };
  },
  () => ({ id: lastId, ok: false }),
);
