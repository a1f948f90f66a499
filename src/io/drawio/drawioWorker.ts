// Reads a draw.io file off the page's thread: inflating and walking a large diagram takes long
// enough to freeze the tab. The worker has no DOMParser, hence our own XML reader (xmlTree.ts).
import { err } from '../../lib/result';
import { readDrawio } from './readDrawio';
import type { DrawioResult } from './readDrawioInWorker';

interface WorkerScope {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage: (message: DrawioResult) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  let result: DrawioResult;
  try {
    result = readDrawio(event.data);
  } catch {
    result = err({ code: 'worker-failed' });
  }
  scope.postMessage(result);
};
