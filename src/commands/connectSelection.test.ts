import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document';
import type { FlowNode } from '../model/types';
import { testEditor } from '../store/testing/testEditor';
import { connectSelectionTo, nodesMatching } from './connectSelection';

const stage = (id: string, label: string, x: number, y: number): FlowNode => ({ id, kind: 'stage', label, position: { x, y }, size: { width: 160, height: 64 } });

describe('connectSelectionTo', () => {
  it('connects each selected node to the chosen one, on the sides that face each other', () => {
    const document = { ...createDocument({ id: 'd', title: 'T', now: 0 }), nodes: [stage('a', 'Call', 0, 0), stage('b', 'Demo', 0, 300), stage('c', 'Offer', 400, 150)] };
    const { store, context } = testEditor(document);
    context.select({ nodeIds: ['a', 'b'], edgeIds: [] });
    expect(connectSelectionTo(context, 'c')).toBe(2);
    const edges = store.getState().document.edges;
    expect(edges.map(({ source, target, sourceHandle }) => ({ source, target, sourceHandle }))).toEqual([
      { source: 'a', target: 'c', sourceHandle: 'right' },
      { source: 'b', target: 'c', sourceHandle: 'right' },
    ]);
    expect(edges.every((edge) => edge.targetHandle === 'left')).toBe(true);
    expect(store.getState().history.past).toHaveLength(2);
  });
});

describe('nodesMatching', () => {
  const labels = [
    { id: '1', label: '报价与谈判' },
    { id: '2', label: 'Send quote' },
    { id: '3', label: 'Quote review' },
  ];
  it('finds labels containing the text, those that start with it first, in any case', () => {
    expect(nodesMatching(labels, 'quote').map((entry) => entry.id)).toEqual(['3', '2']);
    expect(nodesMatching(labels, '报价').map((entry) => entry.id)).toEqual(['1']);
    expect(nodesMatching(labels, '  ')).toEqual([]);
  });
});
