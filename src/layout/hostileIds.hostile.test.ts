import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { hostileDocument, PROTOTYPE_IDS, prototypeSnapshot } from '../model/fixtures/hostile';
import { checkInvariants } from '../model/validate';
import { checkLayoutInput } from './checkLayoutInput';
import { toElkGraph } from './elkGraph';
import { createElkNodeEngine } from './elkNodeEngine';
import { layoutDocument } from './runLayout';
import { layoutViolations } from './testing/invariants';

// Issue 10, case 2: the layout adapter keys ELK's answer back to our nodes by id. Ids named like
// Object.prototype members must come back to the right node and pollute nothing.

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
});

describe('layout with ids named like prototype members', () => {
  it('passes the input check, and a duplicate "__proto__" is still caught', () => {
    const doc = hostileDocument();
    expect(checkLayoutInput(doc)).toBeNull();
    const twice = { ...doc, nodes: [...doc.nodes, { ...doc.nodes[0]! }] };
    expect(checkLayoutInput(twice)).toEqual({ reason: 'duplicate-id', id: '__proto__' });
    const dangling = { ...doc, edges: [...doc.edges, { id: 'x', source: 'constructor', target: 'missing' }] };
    expect(checkLayoutInput(dangling)).toEqual({ reason: 'missing-node', id: 'x' });
  });

  it("hands ELK its own ids, so no user id ever becomes a key in ELK's maps", () => {
    const graph = toElkGraph(hostileDocument(), { direction: 'LR', spacing: 'normal' });
    const text = JSON.stringify(graph);
    for (const id of PROTOTYPE_IDS) expect(text).not.toContain(`"${id}"`);
    // At least the five flow nodes and the four edges between them; how notes go is layoutSet's business.
    expect(graph.children!.length).toBeGreaterThanOrEqual(5);
    expect(graph.edges!.length).toBeGreaterThanOrEqual(4);
    const childIds = new Set(graph.children!.map((child) => child.id));
    for (const edge of graph.edges!) expect([...edge.sources, ...edge.targets].every((end) => childIds.has(end))).toBe(true);
  });

  it('lays out the document and moves each node, not a prototype', async () => {
    const doc = deepFreeze(hostileDocument());
    const result = await layoutDocument(doc, { direction: 'LR', spacing: 'normal' }, createElkNodeEngine());
    if (!result.ok) throw new Error(`layout failed: ${JSON.stringify(result.error)}`);
    const laidOut = result.value;
    expect(laidOut.nodes.map((node) => node.id)).toEqual([...PROTOTYPE_IDS]);
    expect(checkInvariants(laidOut)).toBeNull();
    expect(layoutViolations(laidOut)).toEqual([]);
    // The flow runs left to right: start, stage, decision, then the two ends (the won end, in a band
    // of its own, may take the decision's column, the hand-over drawn straight across).
    const x = (id: string) => laidOut.nodes.find((node) => node.id === id)!.position.x;
    const right = (id: string) => x(id) + laidOut.nodes.find((node) => node.id === id)!.size.width;
    expect(x('__proto__')).toBeLessThan(x('constructor'));
    expect(x('constructor')).toBeLessThan(x('prototype'));
    expect(x('prototype')).toBeLessThan(right('toString'));
    expect(x('prototype')).toBeLessThan(x('valueOf'));
    for (const node of laidOut.nodes) {
      expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
      expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
    }
  });
});
