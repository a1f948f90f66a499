import { describe, expect, it, vi } from 'vitest';
import { makeDocument, makeNode } from '../model/fixtures/documents';
import { delayedEngine } from './delayedEngine';
import type { LayoutEngine } from './layoutEngine';
import { layoutDocument } from './runLayout';

function instantEngine(): LayoutEngine & { disposed: number } {
  const engine = {
    disposed: 0,
    layout: async () => ({ id: 'root', children: [{ id: 'n0', x: 0, y: 0 }], edges: [] }),
    dispose: () => {
      engine.disposed += 1;
    },
  };
  return engine;
}

describe('delayedEngine', () => {
  it('answers only after its delay', async () => {
    vi.useFakeTimers();
    try {
      const engine = delayedEngine(instantEngine(), 5000);
      let done = false;
      void engine.layout({ id: 'root' }).then(() => {
        done = true;
      });
      await vi.advanceTimersByTimeAsync(4999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a short time limit win, and stops its inner engine', async () => {
    const inner = instantEngine();
    const doc = makeDocument({ nodes: [makeNode('a')] });
    const result = await layoutDocument(doc, { direction: 'LR', spacing: 'normal' }, delayedEngine(inner, 10_000), { timeoutMs: 20 });
    expect(result).toEqual({ ok: false, error: { code: 'timeout', ms: 20 } });
    expect(inner.disposed).toBe(1);
  });
});
