// Reads Mermaid text off the page's thread (parseMermaidInWorker.ts).
import { err } from '../../lib/result';
import { parseMermaid } from './parseMermaid';
import type { MermaidResult } from './parseMermaidInWorker';

interface WorkerScope {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage: (message: MermaidResult) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  let result: MermaidResult;
  try {
    result = parseMermaid(event.data);
  } catch {
    result = err({ code: 'worker-failed' });
  }
  scope.postMessage(result);
};
