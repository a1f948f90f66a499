// Runs the model's seeded generator in the browser, where Vite has compiled it, and hands the
// document file text to the benchmark. The benchmark opens that same text in the app and in the
// bare page, so both draw exactly the same diagram. The same document also leaves through our
// draw.io and Mermaid exporters, for the import figures (issue 20).
import { exportDrawio } from '../../src/io/drawio/exportDrawio';
import { exportMermaid } from '../../src/io/mermaid/exportMermaid';
import { generateDocument } from '../../src/model/generate';
import { serializeDocumentFile } from '../../src/model/parse';
import { walkthroughNodeIds } from '../../src/model/walkthrough/steps';

type Format = 'salesflow' | 'drawio' | 'mermaid';

declare global {
  interface Window {
    benchGenerate?: (nodes: number, seed: number, lanes: boolean | number, format?: Format) => string;
    benchWithSteps?: (steps: number, seed: number) => { text: string; nodes: number; steps: number };
  }
}

window.benchGenerate = (nodes, seed, lanes, format = 'salesflow') => {
  const document = generateDocument({ nodes, seed, lanes });
  if (format === 'drawio') return exportDrawio(document, { rates: true, appVersion: 'bench' });
  if (format === 'mermaid') return exportMermaid(document, { rates: true });
  return serializeDocumentFile(document);
};

// The handout and deck figures (issue 21) name a number of walkthrough steps, not of nodes: the
// smallest generated document whose default walkthrough has at least that many.
window.benchWithSteps = (steps, seed) => {
  for (let nodes = steps; ; nodes += 1) {
    const document = generateDocument({ nodes, seed, lanes: true });
    const count = walkthroughNodeIds(document).length;
    if (count >= steps) return { text: serializeDocumentFile(document), nodes, steps: count };
  }
};
