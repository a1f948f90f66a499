import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromTableWorker, ToTableWorker } from './tableMessages';

// The real worker script runs in this thread: it sets the global `onmessage` and answers through
// the global `postMessage`, which the fake Worker below routes back to the page's side.
type Scope = { onmessage: ((event: { data: ToTableWorker }) => void) | null; postMessage: (message: FromTableWorker) => void };
const scope = globalThis as unknown as Scope;

const state = vi.hoisted(() => ({ workers: [] as FakeWorkerRecord[], hold: false }));

interface FakeWorkerRecord {
  url: string;
  type: string | undefined;
  terminated: boolean;
  transferred: unknown[];
  fail: () => void;
}

class FakeWorker {
  onmessage: ((event: { data: FromTableWorker }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly record: FakeWorkerRecord;
  constructor(url: URL, options?: { type?: string }) {
    this.record = { url: String(url), type: options?.type, terminated: false, transferred: [], fail: () => this.onerror?.() };
    state.workers.push(this.record);
  }
  postMessage(message: ToTableWorker, transfer: unknown[]): void {
    this.record.transferred = transfer;
    scope.postMessage = (answer) => {
      if (!this.record.terminated) this.onmessage?.({ data: answer });
    };
    if (!state.hold) scope.onmessage?.({ data: message });
  }
  terminate(): void {
    this.record.terminated = true;
  }
}

const { readTableInWorker } = await import('./readTableInWorker');
await import('./tableWorker');

beforeEach(() => {
  state.workers.length = 0;
  state.hold = false;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const csv = (text: string) => new Blob([text]);

describe('readTableInWorker', () => {
  it('reads the file in a module worker of its own, transferring the bytes, and ends the worker after', async () => {
    const phases: string[] = [];
    const result = await readTableInWorker(csv('Deal,Stage\nD-1,Won\n'), { onProgress: (phase) => phases.push(phase) });
    expect(result).toEqual({ ok: true, value: { headers: ['Deal', 'Stage'], rows: [['D-1', 'Won']], fileRows: [2] } });
    expect(state.workers).toHaveLength(1);
    expect(state.workers[0]?.url).toMatch(/tableWorker\.ts$/);
    expect(state.workers[0]?.type).toBe('module');
    expect(state.workers[0]?.transferred[0]).toBeInstanceOf(ArrayBuffer);
    expect(state.workers[0]?.terminated).toBe(true);
    expect(phases).toContain('decoding');
    expect(phases.at(-1)).toBe('parsing');
  });

  it('passes on a typed error from the worker', async () => {
    expect(await readTableInWorker(csv(''))).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('gives cancelled and terminates the worker when the signal aborts mid-read', async () => {
    state.hold = true;
    const controller = new AbortController();
    const reading = readTableInWorker(csv('Deal,Stage\nD-1,Won\n'), { signal: controller.signal });
    await vi.waitFor(() => expect(state.workers).toHaveLength(1));
    controller.abort();
    expect(await reading).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('starts no worker for a signal aborted before', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await readTableInWorker(csv('a,b\n1,2\n'), { signal: controller.signal })).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(state.workers).toHaveLength(0);
  });

  it('gives worker-failed when the worker fails to load', async () => {
    state.hold = true;
    const reading = readTableInWorker(csv('a,b\n1,2\n'));
    await vi.waitFor(() => expect(state.workers).toHaveLength(1));
    state.workers[0]?.fail();
    expect(await reading).toEqual({ ok: false, error: { code: 'worker-failed' } });
  });
});
