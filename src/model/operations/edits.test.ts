import { describe, expect, it } from 'vitest';
import { createDocument } from '../document';
import type { SalesDocument } from '../types';
import { editDetails, editEdge, editNode, editSettings, editStyles, editTitle } from './edits';
import type { Operation } from './operation';

function doc(): SalesDocument {
  const size = { width: 100, height: 50 };
  return {
    ...createDocument({ id: 'd', title: 'T', now: 0 }),
    nodes: [
      { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, size, details: { owner: 'Ann' } },
      { id: 'b', kind: 'stage', label: 'B', position: { x: 0, y: 0 }, size, style: { fill: '#ffffff' } },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b', conversionRate: 0.5 }],
  };
}

function run(operation: Operation, on: SalesDocument = doc()) {
  const result = operation(on);
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.value;
}

describe('field edits', () => {
  it('describe no change when the values are already there, so no empty undo step is recorded', () => {
    const before = doc();
    for (const operation of [
      editNode('a', { label: 'A' }),
      editDetails('a', { owner: 'Ann' }),
      editStyles(['b'], { fill: '#ffffff' }),
      editEdge('e', { conversionRate: 0.5 }),
      editSettings({ period: 'month' }),
      editTitle('T'),
    ]) {
      const applied = run(operation, before);
      expect(applied.changes).toEqual([]);
      expect(applied.document).toBe(before);
    }
  });

  it('refuse a record that is gone', () => {
    expect(editNode('missing', { label: 'X' })(doc())).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
    expect(editEdge('missing', { label: 'X' })(doc())).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
  });

  it('merge details and drop them once empty', () => {
    const withDuration = run(editDetails('a', { durationDays: 3 }));
    expect(withDuration.document.nodes[0]?.details).toEqual({ owner: 'Ann', durationDays: 3 });
    expect(withDuration.changes).toEqual([
      { type: 'update', collection: 'nodes', id: 'a', fields: [{ field: 'details', from: { owner: 'Ann' }, to: { owner: 'Ann', durationDays: 3 } }] },
    ]);
    const cleared = run(editDetails('a', { owner: undefined, durationDays: undefined }), withDuration.document);
    expect(cleared.document.nodes[0]).not.toHaveProperty('details');
  });

  it('recolour several nodes and drop a style left empty', () => {
    const red = run(editStyles(['a', 'b'], { stroke: '#dc2626' })).document;
    expect(red.nodes.map((node) => node.style)).toEqual([{ stroke: '#dc2626' }, { fill: '#ffffff', stroke: '#dc2626' }]);
    const plain = run(editStyles(['a'], { stroke: undefined }), red).document;
    expect(plain.nodes[0]).not.toHaveProperty('style');
    expect(plain.nodes[1]).toBe(red.nodes[1]);
  });

  it('remove an optional setting set to undefined', () => {
    const priced = run(editSettings({ dealValue: 1000 })).document;
    expect(priced.settings.dealValue).toBe(1000);
    expect(run(editSettings({ dealValue: undefined }), priced).document.settings).not.toHaveProperty('dealValue');
  });

  it('cut a text past its cap, and say so', () => {
    const applied = run(editNode('a', { label: 'x'.repeat(100_005) }));
    expect(applied.document.nodes[0]?.label).toHaveLength(100_000);
    expect(applied.notes).toEqual([{ code: 'text-clamped', limit: 100_000 }]);
    const owner = run(editDetails('a', { owner: 'y'.repeat(500) }));
    expect(owner.document.nodes[0]?.details?.owner).toHaveLength(200);
  });

  it('refuse a setting the door would refuse', () => {
    expect(editSettings({ gridSize: 5e-324 })(doc())).toMatchObject({ ok: false, error: { code: 'out-of-limits', path: 'settings.gridSize' } });
    expect(editSettings({ currency: 'dollars' })(doc())).toMatchObject({ ok: false, error: { code: 'out-of-limits' } });
  });
});
