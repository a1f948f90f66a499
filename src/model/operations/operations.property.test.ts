import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../generate';
import { MAX_COORDINATE, MAX_LANES, MAX_NODES } from '../limits';
import { parseDocumentValue, toDocumentFile } from '../parse';
import { documentSchema } from '../schema';
import type { NodeKind, SalesDocument } from '../types';
import { NODE_KINDS } from '../types';
import { checkInvariants } from '../validate';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import {
  addLane,
  addNode,
  alignNodes,
  applyActuals,
  clearDealData,
  assignLanes,
  connect,
  distributeNodes,
  editDetails,
  editEdge,
  editNode,
  editSettings,
  editStyles,
  editTitle,
  insertFragment,
  moveLane,
  moveNodes,
  nudgeNodes,
  reconnect,
  removeLane,
  removeRecords,
  renameLane,
  replaceDocument,
  resizeNode,
  setDealData,
  type Operation,
} from './index';

// Every operation, over generated documents and random sequences: what it changes is exactly
// what its changes say (applying them reproduces the result), its changes' inverse restores the
// document exactly, and whatever is thrown at it (texts past their caps, positions past the
// canvas, a grid of 5e-324) it never leaves a document the door would refuse.

/** Picks by index into whatever the document holds when the operation runs. */
type Pick = number;
const pick = <T>(items: readonly T[], index: Pick): T | undefined => (items.length === 0 ? undefined : items[index % items.length]);

const hugeText = fc.oneof(fc.string({ maxLength: 20 }), fc.constant('长'.repeat(100_010)), fc.constant('x'.repeat(250)));
const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -2 * MAX_COORDINATE, max: 2 * MAX_COORDINATE }),
  fc.constantFrom(5e-324, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY),
);

type Step = (document: SalesDocument) => Operation;

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(fc.constantFrom<NodeKind>(...NODE_KINDS), hugeText, anyNumber, anyNumber, fc.nat()).map(
    ([kind, label, x, y, lane]): Step =>
      (doc) => addNode({ id: `n${doc.nodes.length}-${Math.abs(Math.trunc(x)) % 997}`, kind, label, position: { x, y }, ...(pick(doc.lanes, lane) ? { laneId: pick(doc.lanes, lane)!.id } : {}) }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.option(hugeText)).map(
    ([a, b, label]): Step =>
      (doc) => connect({ id: `e${doc.edges.length}-${a}-${b}`, source: pick(doc.nodes, a)?.id ?? 'x', target: pick(doc.nodes, b)?.id ?? 'y', ...(label !== null ? { label } : {}) }),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(
    ([edge, a, b]): Step =>
      (doc) => reconnect(pick(doc.edges, edge)?.id ?? 'x', { source: pick(doc.nodes, a)?.id ?? 'x', target: pick(doc.nodes, b)?.id ?? 'y' }),
  ),
  fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), anyNumber, anyNumber).map(
    ([indexes, x, y]): Step =>
      (doc) => moveNodes(new Map(indexes.flatMap((index) => (pick(doc.nodes, index) ? [[pick(doc.nodes, index)!.id, { x, y }] as const] : [])))),
  ),
  fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), anyNumber).map(
    ([indexes, step]): Step =>
      (doc) => nudgeNodes(indexes.flatMap((index) => pick(doc.nodes, index)?.id ?? []), { x: step, y: -step }),
  ),
  fc.tuple(fc.array(fc.nat(), { maxLength: 5 }), fc.constantFrom('left', 'center', 'right', 'top', 'middle', 'bottom') as fc.Arbitrary<'left'>).map(
    ([indexes, alignment]): Step =>
      (doc) => alignNodes(indexes.flatMap((index) => pick(doc.nodes, index)?.id ?? []), alignment),
  ),
  fc.array(fc.nat(), { maxLength: 6 }).map(
    (indexes): Step =>
      (doc) => distributeNodes(indexes.flatMap((index) => pick(doc.nodes, index)?.id ?? []), 'horizontal'),
  ),
  fc.tuple(fc.nat(), anyNumber, anyNumber).map(
    ([index, width, height]): Step =>
      (doc) => resizeNode(pick(doc.nodes, index)?.id ?? 'x', { x: 0, y: 0 }, { width, height }),
  ),
  fc.tuple(fc.nat(), hugeText).map(([index, label]): Step => (doc) => editNode(pick(doc.nodes, index)?.id ?? 'x', { label })),
  fc.tuple(fc.nat(), hugeText, anyNumber).map(
    ([index, owner, durationDays]): Step => (doc) => editDetails(pick(doc.nodes, index)?.id ?? 'x', { owner, notes: owner, durationDays }),
  ),
  fc.tuple(fc.array(fc.nat(), { maxLength: 3 }), fc.constantFrom('#fff', 'red', 'url(x)', undefined)).map(
    ([indexes, fill]): Step => (doc) => editStyles(indexes.flatMap((index) => pick(doc.nodes, index)?.id ?? []), { fill }),
  ),
  fc.tuple(fc.nat(), fc.option(hugeText), anyNumber).map(
    ([index, label, rate]): Step => (doc) => editEdge(pick(doc.edges, index)?.id ?? 'x', { conversionRate: rate, ...(label !== null ? { label } : {}) }),
  ),
  anyNumber.map((gridSize): Step => () => editSettings({ gridSize })),
  hugeText.map((title): Step => () => editTitle(title)),
  fc.tuple(hugeText, fc.integer({ min: -3, max: 200 })).map(
    ([label, index]): Step => (doc) => addLane({ id: `lane${doc.lanes.length}-${label.length}`, label }, index),
  ),
  fc.tuple(fc.nat(), hugeText).map(([index, label]): Step => (doc) => renameLane(pick(doc.lanes, index)?.id ?? 'x', label)),
  fc.tuple(fc.nat(), fc.integer({ min: -2, max: 120 })).map(([index, to]): Step => (doc) => moveLane(pick(doc.lanes, index)?.id ?? 'x', to)),
  fc.nat().map((index): Step => (doc) => removeLane(pick(doc.lanes, index)?.id ?? 'x')),
  fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.nat()).map(
    ([indexes, lane]): Step => (doc) => assignLanes(new Map(indexes.flatMap((index) => (pick(doc.nodes, index) ? [[pick(doc.nodes, index)!.id, pick(doc.lanes, lane)?.id] as const] : [])))),
  ),
  fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 })).map(
    ([nodes, edges]): Step =>
      (doc) => removeRecords(nodes.flatMap((index) => pick(doc.nodes, index)?.id ?? []), edges.flatMap((index) => pick(doc.edges, index)?.id ?? [])),
  ),
  fc.nat().map(
    (count): Step =>
      (doc) => {
        const nodes = Array.from({ length: (count % 3) + 1 }, (_, index) => ({ id: `p${doc.nodes.length}-${index}`, kind: 'stage' as const, label: 'Pasted', position: { x: index * 200, y: 0 }, size: { width: 160, height: 64 } }));
        return insertFragment({ nodes, edges: nodes.length > 1 ? [{ id: `pe${doc.edges.length}`, source: nodes[0]!.id, target: nodes[1]!.id }] : [] });
      },
  ),
  // Deal data on whatever nodes and edges there are, with counts that may be past the limits.
  fc.tuple(fc.nat(), fc.nat(), anyNumber, fc.constantFrom('2024-01-01', '2024-01-08', 'someday')).map(
    ([a, b, count, week]): Step =>
      (doc) =>
        setDealData({
          source: { name: 'deals.csv', shape: 'event-log' },
          importedAt: 1_700_000_000_000,
          mapping: [{ stage: 'Lead', nodeId: pick(doc.nodes, a)?.id ?? 'x' }, { stage: 'Spam' }],
          aggregates: {
            stages: [{ nodeId: pick(doc.nodes, a)?.id ?? 'x', week, entered: count, won: 0, lost: 0 }],
            edges: pick(doc.edges, b) ? [{ edgeId: pick(doc.edges, b)!.id, week, count: Math.min(Math.abs(count), 1) }] : [],
            durations: [],
          },
        }),
  ),
  fc.constant((): Operation => clearDealData()),
  fc.constantFrom('last30', 'last90', 'all').map((range): Step => () => applyActuals(range as 'all')),
  fc.integer({ min: 1, max: 30 }).map((seed): Step => () => replaceDocument(generateDocument({ nodes: seed, seed, lanes: seed % 2 === 0 }))),
  // The same records in another order, one of them edited: an import of a reworked copy.
  fc.nat().map(
    (index): Step =>
      (doc) =>
        replaceDocument({
          ...doc,
          nodes: [...doc.nodes].reverse().map((node, at) => (at === index % Math.max(1, doc.nodes.length) ? { ...node, label: `${node.label}!` } : node)),
          edges: [...doc.edges].reverse(),
        }),
  ),
);

function startingDocument(seed: number): SalesDocument {
  return generateDocument({ nodes: seed % 25, seed, lanes: seed % 3 === 0 ? 3 : false });
}

function expectValid(document: SalesDocument): void {
  const parsed = documentSchema.safeParse(document);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0]).slice(0, 300)).toBe(true);
  expect(checkInvariants(document)).toBeNull();
}

describe('operations', () => {
  it('describe exactly what they change, invert exactly, and never leave a document the door refuses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), (seed, steps) => {
        let document = startingDocument(seed);
        for (const step of steps) {
          const result = step(document)(document);
          if (!result.ok) continue;
          const { changes } = result.value;
          const next = result.value.document;
          expectValid(next);
          expect(applyChanges(document, changes)).toStrictEqual(next);
          expect(applyChanges(next, invertChanges(changes))).toStrictEqual(document);
          document = next;
        }
        // What was saved is what opens (as JSON has it: -0 is written as 0).
        const saved = JSON.parse(JSON.stringify(toDocumentFile(document))) as { document: SalesDocument };
        expect(parseDocumentValue(saved)).toEqual({ ok: true, value: saved.document });
      }),
      { numRuns: 150 },
    );
  });

  it('refuse a node, an edge or a lane past the cap, and keep within it', () => {
    const full = generateDocument({ nodes: MAX_NODES, seed: 7 });
    expect(addNode({ id: 'one-more', kind: 'stage', label: 'S', position: { x: 0, y: 0 } })(full)).toEqual({
      ok: false,
      error: { code: 'too-many', collection: 'nodes', limit: MAX_NODES },
    });
    let lanes = generateDocument({ nodes: 3, seed: 1 });
    for (let index = 0; index < MAX_LANES; index += 1) {
      const result = addLane({ id: `l${index}`, label: 'L' })(lanes);
      if (!result.ok) throw new Error('refused too early');
      lanes = result.value.document;
    }
    expect(addLane({ id: 'l-extra', label: 'L' })(lanes)).toEqual({ ok: false, error: { code: 'too-many', collection: 'lanes', limit: MAX_LANES } });
    expectValid(lanes);
  });

  it('stop a nudge at the edge of the canvas', () => {
    const doc = generateDocument({ nodes: 2, seed: 1 });
    const id = doc.nodes[0]!.id;
    const result = nudgeNodes([id], { x: 3 * MAX_COORDINATE, y: 0 })(doc);
    expect(result.ok && result.value.document.nodes[0]!.position.x).toBe(MAX_COORDINATE);
    expect(result.ok && result.value.notes).toEqual([{ code: 'position-clamped', limit: MAX_COORDINATE }]);
  });
});
