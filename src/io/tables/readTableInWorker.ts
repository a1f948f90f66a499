import { err, type Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { Table } from '../../model/actuals/table';
import type { ReadPhase } from './readTable';
import type { FromTableWorker, ToTableWorker } from './tableMessages';

export interface ReadTableInWorkerOptions {
  signal?: AbortSignal;
  onProgress?: (phase: ReadPhase, done: number) => void;
}

/**
 * Reads a CSV or XLSX file in a module worker of its own, with progress. Aborting the signal
 * terminates the worker at once (a parse can't be interrupted by a message) and gives `cancelled`;
 * a worker that fails to load or crashes gives `worker-failed`. Either way nothing else changed.
 */
export function readTableInWorker(file: Blob, { signal, onProgress }: ReadTableInWorkerOptions = {}): Promise<Result<Table, TableReadError>> {
  if (signal?.aborted) return Promise.resolve(err({ code: 'cancelled' }));
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    const finish = (result: Result<Table, TableReadError>) => {
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      resolve(result);
    };
    const onAbort = () => finish(err({ code: 'cancelled' }));
    signal?.addEventListener('abort', onAbort, { once: true });
    file.arrayBuffer().then(
      (buffer) => {
        if (signal?.aborted) return;
        worker = new Worker(new URL('./tableWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<FromTableWorker>) => {
          const message = event.data;
          if (message.type === 'progress') onProgress?.(message.phase, message.done);
          else finish(message.result);
        };
        worker.onerror = () => finish(err({ code: 'worker-failed' }));
        const message: ToTableWorker = { buffer };
        worker.postMessage(message, [buffer]);
      },
      () => finish(err({ code: 'worker-failed' })),
    );
  });
}
