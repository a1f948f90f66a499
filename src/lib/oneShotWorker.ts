// One question to a worker of its own, one answer: the page's side (askOnce) and the worker's
// side (answerEach) of what the draw.io and Mermaid readers, the thumbnail and the layout's
// writing back do off the page's thread.

/**
 * Posts `request` to a fresh worker and settles with its answer, ending the worker then. A worker
 * that fails, or a `signal` that aborts, settles with `failed()` and ends it too. `makeWorker`
 * holds the `new Worker(new URL(…, import.meta.url))` so that the bundler sees the script.
 */
export function askOnce<Request, Answer>(makeWorker: () => Worker, request: Request, failed: () => Answer, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve) => {
    const worker = makeWorker();
    const finish = (answer: Answer) => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(answer);
    };
    const onAbort = () => finish(failed());
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<Answer>) => finish(event.data);
    worker.onerror = () => finish(failed());
    worker.postMessage(request);
  });
}

interface WorkerScope<Request, Answer> {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: Answer) => void;
}

/** In a worker script: answers each message with `answer`, or with `failed` of what it threw. */
export function answerEach<Request, Answer>(answer: (request: Request) => Answer, failed: (error: unknown) => Answer): void {
  const scope = globalThis as unknown as WorkerScope<Request, Answer>;
  scope.onmessage = (event) => {
    let reply: Answer;
    try {
      reply = answer(event.data);
    } catch (error) {
      reply = failed(error);
    }
    scope.postMessage(reply);
  };
}
