import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../geometry/rect';
import { makeDocument, makeEdge, makeNode } from '../fixtures/documents';
import { laneBands } from '../laneBands';
import { MAX_NODES } from '../limits';
import type { SalesDocument } from '../types';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import { INSERT_GAP, insertContent } from './insertContent';

const existing = (direction: 'LR' | 'TB') =>
  makeDocument({
    settings: { ...makeDocument().settings, direction },
    nodes: [makeNode('a', 'start', { position: { x: 100, y: 50 } }), makeNode('b', 'stage', { position: { x: 400, y: 300 } })],
    edges: [makeEdge('ab', 'a', 'b')],
  });

const incoming = (): Pick<SalesDocument, 'lanes' | 'nodes' | 'edges'> => ({
  lanes: [],
  nodes: [makeNode('x', 'stage', { position: { x: 0, y: 0 } }), makeNode('y', 'end', { position: { x: 300, y: 0 } })],
  edges: [makeEdge('xy', 'x', 'y', { points: [{ x: 160, y: 30 }, { x: 300, y: 30 }], labelAt: { x: 230, y: 20 } })],
});

function run(doc: SalesDocument, content = incoming()) {
  const result = insertContent(content)(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const right = (node: { position: { x: number }; size: { width: number } }) => node.position.x + node.size.width;
const bottom = (node: { position: { y: number }; size: { height: number } }) => node.position.y + node.size.height;

describe('insertContent', () => {
  it('puts the content to the right of an LR diagram, top-aligned, routes moved with it', () => {
    const doc = existing('LR');
    const { document } = run(doc);
    const [x, y] = document.nodes.slice(2);
    const rightmost = Math.max(...doc.nodes.map(right));
    expect(x!.position).toEqual({ x: rightmost + INSERT_GAP, y: 50 });
    expect(y!.position.x - x!.position.x).toBe(300);
    const edge = document.edges.find((item) => item.id === 'xy')!;
    expect(edge.points?.[0]).toEqual({ x: x!.position.x + 160, y: 80 });
    expect(edge.labelAt).toEqual({ x: x!.position.x + 230, y: 70 });
  });

  it('puts the content below a TB diagram, left-aligned', () => {
    const doc = existing('TB');
    const { document } = run(doc);
    expect(document.nodes[2]!.position).toEqual({ x: 100, y: Math.max(...doc.nodes.map(bottom)) + INSERT_GAP });
  });

  it('is one step: its changes undone give the document back', () => {
    const doc = existing('LR');
    const { document, changes } = run(doc);
    expect(applyChanges(document, invertChanges(changes))).toEqual(doc);
  });

  it('adds incoming lanes after the document’s, with bands that do not overlap', () => {
    const doc = { ...existing('LR'), lanes: [{ id: 'sales', label: 'Sales', order: 'a0' }] };
    doc.nodes = doc.nodes.map((node) => ({ ...node, laneId: 'sales' }));
    const content = { ...incoming(), lanes: [{ id: 'legal', label: 'Legal', order: 'a0' }] };
    content.nodes = content.nodes.map((node) => ({ ...node, laneId: 'legal' }));
    const { document } = run(doc, content);
    expect(document.lanes.map((lane) => lane.id)).toEqual(['sales', 'legal']);
    expect(document.lanes[1]!.order > document.lanes[0]!.order).toBe(true);
    const [sales, legal] = laneBands(document);
    expect(rectsOverlap(sales!.rect, legal!.rect)).toBe(false);
    for (const node of document.nodes.filter((item) => item.laneId === 'legal')) expect(node.position.y).toBeGreaterThan(sales!.rect.y + sales!.rect.height);
  });

  it('puts lanes brought into a diagram without lanes before it, where their bands are drawn', () => {
    const doc = existing('LR');
    const content = { ...incoming(), lanes: [{ id: 'legal', label: 'Legal', order: 'a0' }] };
    content.nodes = content.nodes.map((node) => ({ ...node, laneId: 'legal' }));
    const { document } = run(doc, content);
    const [legal, unassigned] = laneBands(document);
    expect(unassigned!.laneId).toBeNull();
    expect(rectsOverlap(legal!.rect, unassigned!.rect)).toBe(false);
    expect(Math.max(...document.nodes.filter((node) => node.laneId === 'legal').map(bottom))).toBeLessThan(50);
  });

  it('is refused whole when the nodes would pass their cap', () => {
    const many = makeDocument({ nodes: Array.from({ length: MAX_NODES - 1 }, (_, index) => makeNode(`n${index}`)) });
    expect(insertContent(incoming())(many)).toEqual({ ok: false, error: { code: 'too-many', collection: 'nodes', limit: MAX_NODES } });
  });
});
