import { describe, expect, it } from 'vitest';
import { createDocument } from './document';
import { connectedNodeToward, flowOrder } from './flowOrder';
import type { FlowEdge, FlowNode, NodeKind } from './types';

const node = (id: string, kind: NodeKind, x: number, y: number): FlowNode => ({ id, kind, label: id, position: { x, y }, size: { width: 100, height: 50 } });
const edge = (source: string, target: string): FlowEdge => ({ id: `${source}-${target}`, source, target });

// Stored in an order unlike the flow's, as after edits: the keyboard must follow the flow.
const nodes = [node('note', 'note', 0, 400), node('won', 'end', 450, -150), node('lost', 'end', 450, 300), node('ask', 'decision', 400, 100), node('call', 'stage', 200, 100), node('in', 'start', 0, 100)];
const edges = [edge('ask', 'lost'), edge('in', 'call'), edge('call', 'ask'), edge('ask', 'won'), edge('lost', 'call')];
const document = { ...createDocument({ id: 'd', title: 'T', now: 0 }), nodes, edges };

describe('flowOrder', () => {
  it('follows the flow from the start, branches in order across it, then the rest', () => {
    expect(flowOrder(document)).toEqual(['in', 'call', 'ask', 'won', 'lost', 'note']);
  });
});

describe('connectedNodeToward', () => {
  it('moves along connections in the arrow’s direction', () => {
    expect(connectedNodeToward(document, 'call', 'ArrowRight')).toBe('ask');
    expect(connectedNodeToward(document, 'call', 'ArrowLeft')).toBe('in');
    expect(connectedNodeToward(document, 'ask', 'ArrowDown')).toBe('lost');
    expect(connectedNodeToward(document, 'ask', 'ArrowUp')).toBe('won');
  });

  it('answers nothing where no connected node lies that way', () => {
    expect(connectedNodeToward(document, 'in', 'ArrowLeft')).toBeUndefined();
    expect(connectedNodeToward(document, 'note', 'ArrowRight')).toBeUndefined();
  });
});
