// Auto layout: our whole pipeline (layoutDocument: checks, ELK graph, ELK in the app's worker
// engine, applyElkResult) against a bare elkjs call on the same ELK graph with the same options.
// Both run ELK in a Web Worker of this page, with elkjs's own worker build: the same JavaScript
// engine and the same kind of thread as in the app, and both kept warm across runs as the app
// keeps its worker. (Node 20 cannot load src/'s TypeScript without a compiler, and ELK's bundled
// build on the main thread would measure a path the app never takes.)
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import { applyElkResult } from '../../../src/layout/applyElkResult';
import { checkLayoutInput } from '../../../src/layout/checkLayoutInput';
import { toElkGraph } from '../../../src/layout/elkGraph';
import { createElkWorkerEngine } from '../../../src/layout/elkWorkerEngine';
import type { LayoutOptions } from '../../../src/layout/options';
import { layoutDocument } from '../../../src/layout/runLayout';
import type { SalesDocument } from '../../../src/model/types';
import { labDocument } from './documents';

// What the toolbar button asks for (src/commands/catalogue.ts, `autoLayout`).
const optionsFor = (doc: SalesDocument): LayoutOptions => ({ direction: doc.settings.direction, spacing: 'normal' });

const engine = createElkWorkerEngine();
// Loaded the way the app loads it (dynamically), which also keeps the bundler from warning that the
// app's own dynamic import of elkjs became ineffective in this page.
let bareElk: Promise<ELK> | undefined;
const loadBareElk = (): Promise<ELK> =>
  (bareElk ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([api, url]) => new api.default({ workerUrl: url.default }),
  ));
// The bare call's answer for each document, so that the main-thread part of the pipeline can be
// timed on its own from the very same ELK output.
const bareAnswers = new Map<string, ElkNode>();

export const layout = {
  /** Whole pipeline, document in, document out. */
  async app(nodes: number, lanes: boolean): Promise<number> {
    const { doc } = labDocument(nodes, lanes);
    const start = performance.now();
    const result = await layoutDocument(doc, optionsFor(doc), engine);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`layoutDocument failed: ${JSON.stringify(result.error)}`);
    return ms;
  },

  /** elkjs alone on the graph our pipeline would give it (built before the clock starts). */
  async bare(nodes: number, lanes: boolean): Promise<number> {
    const { doc } = labDocument(nodes, lanes);
    const graph = toElkGraph(doc, optionsFor(doc));
    const elk = await loadBareElk();
    const start = performance.now();
    const answer = await elk.layout(graph);
    const ms = performance.now() - start;
    bareAnswers.set(`${nodes}-${lanes}`, answer);
    return ms;
  },

  /**
   * The pipeline's own work, which runs on the app's main thread: before ELK (checks and graph) and
   * after it (applyElkResult, with the swimlane router when there are lanes).
   */
  mainThreadParts(nodes: number, lanes: boolean): { beforeMs: number; afterMs: number } {
    const { doc } = labDocument(nodes, lanes);
    const answer = bareAnswers.get(`${nodes}-${lanes}`);
    if (answer === undefined) throw new Error('run layout.bare first');
    const options = optionsFor(doc);
    const start = performance.now();
    if (checkLayoutInput(doc) !== null) throw new Error('the generated document fails the layout checks');
    toElkGraph(doc, options);
    const between = performance.now();
    applyElkResult(doc, answer, options);
    return { beforeMs: between - start, afterMs: performance.now() - between };
  },
};
