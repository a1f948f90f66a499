// Runs the model's seeded generator in the browser, where Vite has compiled it, and hands the
// document file text to the benchmark. The benchmark opens that same text in the app and in the
// bare page, so both draw exactly the same diagram.
import { generateDocument } from '../../src/model/generate';
import { serializeDocumentFile } from '../../src/model/parse';

declare global {
  interface Window {
    benchGenerate?: (nodes: number, seed: number, lanes: boolean | number) => string;
  }
}

window.benchGenerate = (nodes, seed, lanes) => serializeDocumentFile(generateDocument({ nodes, seed, lanes }));
