// Reads a table off the page's thread: decoding, CSV parsing and XLSX unpacking each take
// seconds on a large export. Cancel terminates the worker (readTableInWorker.ts).
import { err } from '../../lib/result';
import { readTable } from './readTable';
import type { FromTableWorker, ToTableWorker } from './tableMessages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToTableWorker>) => void) | null;
  postMessage: (message: FromTableWorker) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  readTable(new Uint8Array(event.data.buffer), {
    onProgress: (phase, done) => scope.postMessage({ type: 'progress', phase, done }),
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    () => scope.postMessage({ type: 'done', result: err({ code: 'worker-failed' }) }),
  );
};
