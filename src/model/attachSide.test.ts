import { describe, expect, it } from 'vitest';
import { createDocument } from './document';
import { dropTargetSide, sidesFacing } from './attachSide';
import type { FlowEdge, FlowNode, SalesDocument } from './types';

const stage = (id: string, x: number, y: number): FlowNode => ({ id, kind: 'stage', label: id, position: { x, y }, size: { width: 160, height: 64 } });
const doc = (nodes: FlowNode[], edges: FlowEdge[] = []): SalesDocument => ({ ...createDocument({ id: 'd', title: 'T', now: 0 }), nodes, edges });

describe('dropTargetSide', () => {
  it('takes the side facing the source, wherever on the body the connector was dropped', () => {
    expect(dropTargetSide(doc([stage('a', 0, 0), stage('b', 400, 0)]), 'a', 'b')).toBe('left');
    expect(dropTargetSide(doc([stage('a', 400, 0), stage('b', 0, 0)]), 'a', 'b')).toBe('right');
    expect(dropTargetSide(doc([stage('a', 0, 0), stage('b', 0, 300)]), 'a', 'b')).toBe('top');
    expect(dropTargetSide(doc([stage('a', 0, 300), stage('b', 0, 0)]), 'a', 'b')).toBe('bottom');
  });

  it('turns a wide node its long side to a source diagonally below it', () => {
    expect(sidesFacing(stage('t', 0, 0), stage('s', 150, 200))[0]).toBe('bottom');
  });

  it("avoids a side the target's own outgoing edge leaves from, for the next side facing the source", () => {
    const nodes = [stage('a', 0, 0), stage('b', 400, 60), stage('c', 800, 60)];
    const edges: FlowEdge[] = [{ id: 'e', source: 'b', target: 'c', sourceHandle: 'left' }];
    expect(dropTargetSide(doc(nodes, edges), 'a', 'b')).toBe('top');
  });

  it('keeps the facing side when both facing sides are taken, rather than wrap round the node', () => {
    const nodes = [stage('a', 0, 0), stage('b', 400, 60)];
    const edges: FlowEdge[] = [
      { id: 'e1', source: 'b', target: 'a', sourceHandle: 'left' },
      { id: 'e2', source: 'b', target: 'a', sourceHandle: 'top' },
    ];
    expect(dropTargetSide(doc(nodes, edges), 'a', 'b')).toBe('left');
  });

  it('answers nothing for a node that is not there', () => {
    expect(dropTargetSide(doc([stage('a', 0, 0)]), 'a', 'gone')).toBeUndefined();
  });
});
