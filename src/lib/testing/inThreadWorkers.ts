// For tests: a Worker that runs the real worker script in this thread. The script sets the global
// `onmessage` and answers through the global `postMessage`, which this routes back to the page's
// side. Every message is structured-cloned both ways, as between threads, and an answer arrives as
// a task of its own, never inside the call that asked. `hold` keeps messages from reaching the
// script (to cancel midway); a record's `fail` raises the worker's error event.

export interface WorkerRecord<ToWorker, FromWorker> {
  url: string;
  type: string | undefined;
  terminated: boolean;
  transferred: unknown[];
  received: ToWorker[];
  answers: FromWorker[];
  fail: () => void;
}

export interface InThreadWorkers<ToWorker, FromWorker> {
  /** Every worker made since the last reset, in order. */
  workers: WorkerRecord<ToWorker, FromWorker>[];
  hold: boolean;
  /** What to stub as the global `Worker`. */
  Worker: new (url: URL, options?: { type?: string }) => object;
  reset: () => void;
}

export function inThreadWorkers<ToWorker, FromWorker>(): InThreadWorkers<ToWorker, FromWorker> {
  type Scope = { onmessage: ((event: { data: ToWorker }) => void) | null; postMessage: (message: FromWorker) => void };
  const scope = globalThis as unknown as Scope;
  const workers: WorkerRecord<ToWorker, FromWorker>[] = [];
  const fake: InThreadWorkers<ToWorker, FromWorker> = {
    workers,
    hold: false,
    Worker: class {
      onmessage: ((event: { data: FromWorker }) => void) | null = null;
      onerror: (() => void) | null = null;
      private readonly record: WorkerRecord<ToWorker, FromWorker>;
      constructor(url: URL, options?: { type?: string }) {
        this.record = { url: String(url), type: options?.type, terminated: false, transferred: [], received: [], answers: [], fail: () => this.onerror?.() };
        workers.push(this.record);
      }
      postMessage(message: ToWorker, transfer: Transferable[] = []): void {
        if (transfer.length > 0) this.record.transferred = transfer;
        const copy = structuredClone(message, { transfer });
        this.record.received.push(copy);
        scope.postMessage = (answer) => {
          const cloned = structuredClone(answer);
          this.record.answers.push(cloned);
          setTimeout(() => {
            if (!this.record.terminated) this.onmessage?.({ data: cloned });
          }, 0);
        };
        if (!fake.hold) scope.onmessage?.({ data: copy });
      }
      terminate(): void {
        this.record.terminated = true;
      }
    },
    reset: () => {
      workers.length = 0;
      fake.hold = false;
    },
  };
  return fake;
}
