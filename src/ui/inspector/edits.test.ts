import { describe, expect, it } from 'vitest';
import { createDocument } from '../../model/document';
import type { SalesDocument } from '../../model/types';
import { editDetails, editEdge, editNode, editSettings, editStyles, editTitle } from './edits';

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

describe('inspector edits', () => {
  it('return the same document when nothing changes, so no empty undo step is recorded', () => {
    const before = doc();
    expect(editNode(before, 'a', { label: 'A' })).toBe(before);
    expect(editNode(before, 'missing', { label: 'X' })).toBe(before);
    expect(editDetails(before, 'a', { owner: 'Ann' })).toBe(before);
    expect(editStyles(before, ['b'], { fill: '#ffffff' })).toBe(before);
    expect(editEdge(before, 'e', { conversionRate: 0.5 })).toBe(before);
    expect(editSettings(before, { period: 'month' })).toBe(before);
    expect(editTitle(before, 'T')).toBe(before);
  });

  it('merge details and drop them once empty', () => {
    const withDuration = editDetails(doc(), 'a', { durationDays: 3 });
    expect(withDuration.nodes[0]?.details).toEqual({ owner: 'Ann', durationDays: 3 });
    const cleared = editDetails(withDuration, 'a', { owner: undefined, durationDays: undefined });
    expect(cleared.nodes[0]).not.toHaveProperty('details');
  });

  it('recolour several nodes and drop a style left empty', () => {
    const red = editStyles(doc(), ['a', 'b'], { stroke: '#dc2626' });
    expect(red.nodes.map((node) => node.style)).toEqual([{ stroke: '#dc2626' }, { fill: '#ffffff', stroke: '#dc2626' }]);
    const plain = editStyles(red, ['a'], { stroke: undefined });
    expect(plain.nodes[0]).not.toHaveProperty('style');
    expect(plain.nodes[1]).toBe(red.nodes[1]);
  });

  it('removes an optional setting set to undefined', () => {
    const priced = editSettings(doc(), { dealValue: 1000 });
    expect(priced.settings.dealValue).toBe(1000);
    expect(editSettings(priced, { dealValue: undefined }).settings).not.toHaveProperty('dealValue');
  });
});
