import { err, ok, type Result } from '../../lib/result';
import type { DayOrder } from '../../model/actuals/dates';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { TableReading } from '../../model/actuals/shape';
import type { DealData } from '../../model/types';
import type { FromDealWorker, InspectionSummary, MeasureRequest, TableOverview, ToDealWorker } from './dealMessages';
import type { ReadPhase } from './readTable';

export interface DealSessionOptions {
  signal?: AbortSignal;
  onProgress?: (phase: ReadPhase, done: number) => void;
}

/** Why a request of an open session gave nothing. */
export type SessionError = Extract<TableReadError, { code: 'cancelled' } | { code: 'worker-failed' }>;

export interface DealSession {
  overview: TableOverview;
  /** Reads the deals under this reading and day order (null: the one the dates imply). */
  inspect: (reading: TableReading, chosenOrder: DayOrder | null) => Promise<Result<InspectionSummary, SessionError>>;
  /** Measures the deals of the latest inspection onto the process: the aggregates to keep. */
  measure: (request: MeasureRequest) => Promise<Result<DealData, SessionError>>;
  /** Ends the worker; requests still open give `cancelled`. */
  close: () => void;
}

type Reply = Exclude<FromDealWorker, { type: 'progress' } | { type: 'read' }>;

/**
 * Opens a deal file in a module worker of its own (dealWorker.ts), with progress, and keeps it
 * there: the answer is the table's overview and a session whose requests the worker answers from
 * the table it holds. Aborting the signal, or `close`, terminates the worker at once (a parse can't
 * be interrupted by a message) and gives `cancelled`; a worker that fails to load or crashes gives
 * `worker-failed`. Either way nothing else changed.
 */
export function openDealSession(file: Blob, { signal, onProgress }: DealSessionOptions = {}): Promise<Result<DealSession, TableReadError>> {
  if (signal?.aborted) return Promise.resolve(err({ code: 'cancelled' }));
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let ended = false;
    let opened = false;
    let nextId = 1;
    let lastInspection = 0;
    const waiting = new Map<number, (reply: Reply | SessionError) => void>();

    const end = (error: SessionError) => {
      if (ended) return;
      ended = true;
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      if (!opened) resolve(err(error));
      for (const settle of waiting.values()) settle(error);
      waiting.clear();
    };
    const onAbort = () => end({ code: 'cancelled' });
    signal?.addEventListener('abort', onAbort, { once: true });

    const ask = (message: ToDealWorker & { id: number }): Promise<Reply | SessionError> => {
      if (ended || !worker) return Promise.resolve({ code: 'cancelled' });
      const sent = worker;
      return new Promise((settle) => {
        waiting.set(message.id, settle);
        sent.postMessage(message);
      });
    };

    const session = (overview: TableOverview): DealSession => ({
      overview,
      inspect: async (reading, chosenOrder) => {
        const id = nextId++;
        lastInspection = id;
        const reply = await ask({ type: 'inspect', id, reading, chosenOrder });
        if ('code' in reply) return err(reply);
        return reply.type === 'inspected' ? ok(reply.inspection) : err({ code: 'worker-failed' });
      },
      measure: async (request) => {
        const reply = await ask({ type: 'measure', id: nextId++, inspection: lastInspection, request });
        if ('code' in reply) return err(reply);
        return reply.type === 'measured' ? ok(reply.dealData) : err({ code: 'worker-failed' });
      },
      close: () => end({ code: 'cancelled' }),
    });

    const onMessage = (message: FromDealWorker) => {
      if (ended) return;
      if (message.type === 'progress') {
        onProgress?.(message.phase, message.done);
        return;
      }
      if (message.type === 'read') {
        if (!message.result.ok) {
          // Answered first: ending resolves nothing a second time.
          resolve(message.result);
          end({ code: 'cancelled' });
          return;
        }
        opened = true;
        resolve(ok(session(message.result.value)));
        return;
      }
      const settle = waiting.get(message.id);
      waiting.delete(message.id);
      settle?.(message);
    };

    file.arrayBuffer().then(
      (buffer) => {
        if (ended) return;
        worker = new Worker(new URL('./dealWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<FromDealWorker>) => onMessage(event.data);
        worker.onerror = () => end({ code: 'worker-failed' });
        const message: ToDealWorker = { type: 'read', buffer };
        worker.postMessage(message, [buffer]);
      },
      () => end({ code: 'worker-failed' }),
    );
  });
}
