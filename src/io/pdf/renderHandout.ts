// The handout from the page's side: a worker writes it (handoutWorker.ts); Cancel terminates the
// worker, so nothing half-written ever reaches a download.
import { err, ok, type Result } from '../../lib/result';
import { testSwitchOn } from '../../lib/testSwitches';
import type { HandoutJob } from './handout';
import type { FromHandoutWorker, ToHandoutWorker } from './handoutMessages';

export type HandoutError = { code: 'empty' } | { code: 'cancelled' } | { code: 'failed' };

export interface RenderHandoutOptions {
  signal?: AbortSignal;
  /** Called with the share done (0 to 1) after each page. */
  onProgress?: (done: number) => void;
}

const TEST_PAGE_DELAY_MS = 400;

export function renderHandout(job: HandoutJob, { signal, onProgress }: RenderHandoutOptions = {}): Promise<Result<Blob, HandoutError>> {
  if (job.document.nodes.length === 0) return Promise.resolve(err({ code: 'empty' }));
  if (signal?.aborted) return Promise.resolve(err({ code: 'cancelled' }));
  const worker = new Worker(new URL('./handoutWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<Result<Blob, HandoutError>>((resolve) => {
    const finish = (result: Result<Blob, HandoutError>) => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(result);
    };
    const onAbort = () => finish(err({ code: 'cancelled' }));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onerror = () => finish(err({ code: 'failed' }));
    worker.onmessage = (event: MessageEvent<FromHandoutWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.done);
      else if (message.type === 'done') finish(ok(new Blob([message.bytes as BlobPart], { type: 'application/pdf' })));
      else finish(err({ code: 'failed' }));
    };
    const message: ToHandoutWorker = { job, pageDelayMs: testSwitchOn('handout-slow') ? TEST_PAGE_DELAY_MS : 0 };
    worker.postMessage(message);
  });
}
