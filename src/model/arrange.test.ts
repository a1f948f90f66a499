import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { alignNodes, distributeNodes } from './arrange';
import { createDocument } from './document';
import type { FlowNode, SalesDocument } from './types';

function stage(id: string, x: number, y: number, width = 100, height = 50): FlowNode {
  return { id, kind: 'stage', label: id, position: { x, y }, size: { width, height } };
}

function documentWith(nodes: FlowNode[]): SalesDocument {
  return deepFreeze({ ...createDocument({ id: 'd', title: 't', now: 0 }), nodes });
}

const positions = (document: SalesDocument) => document.nodes.map((node) => [node.position.x, node.position.y]);

describe('alignNodes', () => {
  const document = documentWith([stage('a', 0, 0), stage('b', 200, 40, 60), stage('c', 90, 300)]);

  it('aligns left, right and centre on the selection bounds', () => {
    expect(positions(alignNodes(document, ['a', 'b'], 'left'))).toEqual([[0, 0], [0, 40], [90, 300]]);
    expect(positions(alignNodes(document, ['a', 'b'], 'right'))).toEqual([[160, 0], [200, 40], [90, 300]]);
    expect(positions(alignNodes(document, ['a', 'b'], 'center'))).toEqual([[80, 0], [100, 40], [90, 300]]);
  });

  it('aligns top, middle and bottom', () => {
    expect(positions(alignNodes(document, ['a', 'c'], 'top'))).toEqual([[0, 0], [200, 40], [90, 0]]);
    expect(positions(alignNodes(document, ['a', 'c'], 'bottom'))).toEqual([[0, 300], [200, 40], [90, 300]]);
    expect(positions(alignNodes(document, ['a', 'c'], 'middle'))).toEqual([[0, 150], [200, 40], [90, 150]]);
  });

  it('leaves a single node alone', () => {
    expect(alignNodes(document, ['a'], 'left')).toBe(document);
  });
});

describe('distributeNodes', () => {
  it('gives equal gaps between the outermost nodes', () => {
    const document = documentWith([stage('a', 0, 0), stage('b', 130, 0), stage('c', 400, 0)]);
    // Span 0..500 holds 300 of nodes: two gaps of 100.
    expect(positions(distributeNodes(document, ['c', 'a', 'b'], 'horizontal'))).toEqual([[0, 0], [200, 0], [400, 0]]);
  });

  it('needs at least three nodes', () => {
    const document = documentWith([stage('a', 0, 0), stage('b', 130, 0)]);
    expect(distributeNodes(document, ['a', 'b'], 'vertical')).toBe(document);
  });
});
