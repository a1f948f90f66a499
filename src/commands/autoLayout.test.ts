import { describe, expect, it, vi } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { ok } from '../lib/result';
import { testEditor } from '../store/testing/testEditor';
import { runAutoLayout } from './autoLayout';

const OPTIONS = { direction: 'LR', spacing: 'normal' } as const;

describe('runAutoLayout', () => {
  it('adds no undo step and takes no snapshot when the layout would move nothing', async () => {
    const document = makeChain();
    const snapshot = vi.fn(() => Promise.resolve(true));
    const { store, context } = testEditor(document, {
      layoutService: { layout: (current) => Promise.resolve(ok({ ...current, nodes: current.nodes.map((node) => ({ ...node })) })) },
      snapshot,
    });
    await runAutoLayout(context, OPTIONS);
    expect(store.getState().history.past).toHaveLength(0);
    expect(snapshot).not.toHaveBeenCalled();
    expect(store.getState().notices.map((notice) => notice.key)).toEqual(['notice.layoutUnchanged']);
  });

  it('takes a layout that moves a node as one step', async () => {
    const document = makeChain();
    const { store, context } = testEditor(document, {
      layoutService: {
        layout: (current) =>
          Promise.resolve(ok({ ...current, nodes: current.nodes.map((node, index) => (index === 0 ? { ...node, position: { x: -500, y: 0 } } : node)) })),
      },
    });
    await runAutoLayout(context, OPTIONS);
    expect(store.getState().history.past).toHaveLength(1);
  });
});
