// The lab: the app's own modules (src/model, src/layout, src/io, src/storage) run alone in a page,
// each beside its baseline, for the figures that are about one module's cost rather than the
// editor's frames. The benchmark calls `window.benchLab` and does the alternating and the pooling.
import '../../src/model/zodConfig';
import { analytics } from './lab/analytics';
import { labDocument } from './lab/documents';
import { exporting } from './lab/export';
import { layout } from './lab/layout';
import { operations } from './lab/operations';
import { parse } from './lab/parse';
import { routing } from './lab/routing';
import { storage } from './lab/storage';

const benchLab = {
  /** Generates (once) the document of this size, so later timings do not pay for it. */
  prepare(nodes: number, lanes: boolean): number {
    return labDocument(nodes, lanes).doc.nodes.length;
  },
  parse,
  layout,
  exporting,
  storage,
  analytics,
  operations,
  routing,
};

export type BenchLab = typeof benchLab;

declare global {
  interface Window {
    benchLab?: BenchLab;
  }
}

window.benchLab = benchLab;
