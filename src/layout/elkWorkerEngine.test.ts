import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

interface Pending {
  graph: ElkNode;
  resolve: (result: ElkNode) => void;
}

const state = vi.hoisted(() => ({
  workers: [] as { url: string; terminated: boolean; listeners: ((event: { message: string }) => void)[] }[],
  pending: [] as Pending[],
}));

vi.mock('elkjs/lib/elk-worker.min.js?url', () => ({ default: '/assets/elk-worker.min.js' }));
vi.mock('elkjs/lib/elk-api.js', () => ({
  default: class {
    constructor({ workerUrl, workerFactory }: { workerUrl: string; workerFactory: (url: string) => unknown }) {
      workerFactory(workerUrl);
    }
    layout(graph: ElkNode): Promise<ElkNode> {
      return new Promise((resolve) => state.pending.push({ graph, resolve }));
    }
  },
}));

class FakeWorker {
  readonly record: (typeof state.workers)[number];
  constructor(url: string) {
    this.record = { url, terminated: false, listeners: [] };
    state.workers.push(this.record);
  }
  addEventListener(_type: 'error', listener: (event: { message: string }) => void): void {
    this.record.listeners.push(listener);
  }
  terminate(): void {
    this.record.terminated = true;
  }
}

const { createElkWorkerEngine, EngineDisposedError } = await import('./elkWorkerEngine');

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  state.workers.length = 0;
  state.pending.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createElkWorkerEngine', () => {
  it('starts no worker until the first layout, then one, from the worker script URL', async () => {
    const engine = createElkWorkerEngine();
    expect(state.workers).toHaveLength(0);
    const result = engine.layout({ id: 'root' });
    await settle();
    expect(state.workers.map((worker) => worker.url)).toEqual(['/assets/elk-worker.min.js']);
    state.pending[0]?.resolve({ id: 'root', children: [] });
    await expect(result).resolves.toEqual({ id: 'root', children: [] });
    void engine.layout({ id: 'again' });
    await settle();
    expect(state.workers).toHaveLength(1);
  });

  it('terminates the worker on dispose, rejects what was pending, and starts afresh next time', async () => {
    const engine = createElkWorkerEngine();
    const running = engine.layout({ id: 'root' });
    await settle();
    engine.dispose();
    await expect(running).rejects.toBeInstanceOf(EngineDisposedError);
    expect(state.workers[0]?.terminated).toBe(true);

    void engine.layout({ id: 'root' });
    await settle();
    expect(state.workers).toHaveLength(2);
    expect(state.workers[1]?.terminated).toBe(false);
  });

  it('fails the pending layout when the worker itself fails', async () => {
    const engine = createElkWorkerEngine();
    const running = engine.layout({ id: 'root' });
    await settle();
    for (const listener of state.workers[0]?.listeners ?? []) listener({ message: 'script failed to load' });
    await expect(running).rejects.toThrow('script failed to load');
  });
});
