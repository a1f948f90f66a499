import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRepair } from '../i18n/repairs';
import { makeChain, makeDocument, makeEdge, makeNode } from './fixtures/documents';
import { hostileDocument, prototypeSnapshot } from './fixtures/hostile';
import { generateDocument } from './generate';
import { normalize, normalizeAcrossRecords } from './normalize';
import {
  documentSchema,
  MAX_COORDINATE,
  MAX_EDGES,
  MAX_LABEL_LENGTH,
  MAX_LANES,
  MAX_LONG_TEXT_LENGTH,
  MAX_NODES,
  MAX_SIZE,
} from './schema';
import type { SalesDocument } from './types';
import { checkInvariants } from './validate';

function expectValid(doc: SalesDocument): void {
  expect(documentSchema.safeParse(doc).success).toBe(true);
  expect(checkInvariants(doc)).toBeNull();
}

function repaired(value: unknown) {
  const result = normalize(value);
  if (!result.ok) throw new Error(`not repaired: ${JSON.stringify(result.error)}`);
  expectValid(result.value.document);
  return result.value;
}

describe('normalize', () => {
  it('answers a valid document unchanged, with no repairs', () => {
    const doc = makeChain();
    const { document, repairs } = repaired(doc);
    expect(document).toEqual(doc);
    expect(repairs).toEqual([]);
  });

  it('cuts over-long texts at their cap and says where', () => {
    const doc = makeChain();
    const value = {
      ...doc,
      title: 't'.repeat(MAX_LABEL_LENGTH + 5),
      nodes: doc.nodes.map((node, index) => (index === 3 ? { ...node, label: 'x'.repeat(MAX_LABEL_LENGTH * 3), details: { notes: 'n'.repeat(MAX_LONG_TEXT_LENGTH + 1) } } : node)),
    };
    const { document, repairs } = repaired(value);
    expect(document.title).toHaveLength(MAX_LABEL_LENGTH);
    expect(document.nodes[3]?.label).toHaveLength(MAX_LABEL_LENGTH);
    expect(document.nodes[3]?.details?.notes).toHaveLength(MAX_LONG_TEXT_LENGTH);
    expect(repairs).toContainEqual({ code: 'text-truncated', path: 'nodes[3].label', limit: MAX_LABEL_LENGTH });
    expect(repairs).toContainEqual({ code: 'text-truncated', path: 'title', limit: MAX_LABEL_LENGTH });
  });

  it('drops lanes, nodes and edges past the caps, and whatever pointed to what was dropped', () => {
    const lanes = Array.from({ length: MAX_LANES + 3 }, (_, index) => ({ id: `lane-${index}`, label: `L${index}`, order: `k${String(index).padStart(4, '0')}` }));
    const nodes = Array.from({ length: MAX_NODES + 2 }, (_, index) => makeNode(`n${index}`, 'stage', { laneId: `lane-${index % lanes.length}` }));
    const edges = Array.from({ length: MAX_EDGES + 1 }, (_, index) => makeEdge(`e${index}`, `n${index % nodes.length}`, `n${(index + 1) % nodes.length}`));
    const { document, repairs } = repaired(makeDocument({ lanes, nodes, edges }));
    expect(document.lanes).toHaveLength(MAX_LANES);
    expect(document.nodes).toHaveLength(MAX_NODES);
    expect(document.edges.length).toBeLessThanOrEqual(MAX_EDGES);
    expect(repairs).toContainEqual({ code: 'lanes-dropped', count: 3, limit: MAX_LANES });
    expect(repairs).toContainEqual({ code: 'nodes-dropped', count: 2, limit: MAX_NODES });
    expect(repairs).toContainEqual({ code: 'edges-dropped', count: 1, limit: MAX_EDGES });
    expect(repairs.some((repair) => repair.code === 'dangling-edge-dropped')).toBe(true);
    expect(repairs.some((repair) => repair.code === 'lane-ref-dropped')).toBe(true);
  });

  it('clamps coordinates, resets sizes and replaces numbers that are not finite', () => {
    const doc = makeChain();
    const value = {
      ...doc,
      nodes: doc.nodes.map((node, index) =>
        index === 0 ? { ...node, position: { x: 1e300, y: Number.NaN }, size: { width: -4, height: MAX_SIZE * 2 } } : node,
      ),
    };
    const { document, repairs } = repaired(value);
    expect(document.nodes[0]?.position).toEqual({ x: MAX_COORDINATE, y: 0 });
    expect(document.nodes[0]?.size).toEqual({ width: 140, height: 56 });
    expect(repairs).toContainEqual({ code: 'coordinate-clamped', path: 'nodes[0].position.x' });
    expect(repairs).toContainEqual({ code: 'non-finite-number', path: 'nodes[0].position.y' });
    expect(repairs).toContainEqual({ code: 'size-reset', path: 'nodes[0].size' });
  });

  it('puts a degenerate grid size back to the default', () => {
    const doc = makeChain();
    const { document, repairs } = repaired({ ...doc, settings: { ...doc.settings, gridSize: 5e-324 } });
    expect(document.settings.gridSize).toBe(20);
    expect(repairs).toEqual([{ code: 'grid-size-reset', value: 20 }]);
  });

  it('drops dangling edges, self-loops, missing lanes and attachments, and duplicate ids', () => {
    const doc = makeChain();
    const value = {
      ...doc,
      lanes: [],
      nodes: [...doc.nodes, makeNode('a'), makeNode('lonely', 'note', { attachedTo: 'gone' })],
      edges: [...doc.edges, makeEdge('e9', 'a', 'nowhere'), makeEdge('e10', 'b', 'b')],
    };
    const { document, repairs } = repaired(value);
    expect(document.nodes.map((node) => node.id)).toEqual(['start', 'a', 'b', 'won', 'note', 'lonely']);
    expect(document.edges.map((edge) => edge.id)).toEqual(['e1', 'e2', 'e3']);
    expect(repairs).toEqual(
      expect.arrayContaining([
        { code: 'duplicates-dropped', count: 1 },
        { code: 'dangling-edge-dropped', count: 1 },
        { code: 'self-loop-dropped', count: 1 },
        { code: 'lane-ref-dropped', path: 'nodes[1].laneId' },
        { code: 'attachment-dropped', path: 'nodes[5].attachedTo' },
      ]),
    );
  });

  it('repairs what spans records alone, as the whole normalize does, when every record passes the schema', () => {
    const doc = makeChain();
    const scenario = { id: 's1', name: 'Better', overrides: { edgeRates: [{ edgeId: 'e9', rate: 0.9 }], startVolumes: [], durations: [] } };
    const broken: SalesDocument = {
      ...doc,
      lanes: [],
      scenarios: [scenario],
      nodes: [...doc.nodes, makeNode('a'), makeNode('lonely', 'note', { attachedTo: 'gone' })],
      edges: [...doc.edges, makeEdge('e9', 'a', 'nowhere'), makeEdge('e10', 'b', 'b'), makeEdge('e0', 'a', 'b')],
    };
    for (const value of [broken, doc, { ...doc, edges: [...doc.edges, makeEdge('e0', 'a', 'b')] }]) {
      expect(normalizeAcrossRecords(value)).toEqual(repaired(value));
    }
  });

  it('keeps one connection of each pair made twice, the one with the smallest id, in any order', () => {
    const doc = makeChain();
    const scenario = { id: 's1', name: 'Better', overrides: { edgeRates: [{ edgeId: 'e2b', rate: 0.9 }], startVolumes: [], durations: [] } };
    const twice = [makeEdge('e2b', 'a', 'b', { conversionRate: 0.7 }), makeEdge('e0', 'a', 'b'), makeEdge('back', 'b', 'a')];
    for (const edges of [[...doc.edges, ...twice], [...twice, ...doc.edges].reverse()]) {
      const { document, repairs } = repaired({ ...doc, edges, scenarios: [scenario] });
      expect(document.edges.map((edge) => edge.id).sort()).toEqual(['back', 'e0', 'e1', 'e3']);
      expect(document.scenarios[0]?.overrides.edgeRates).toEqual([]);
      expect(repairs).toEqual([{ code: 'repeated-connection-dropped', count: 2 }]);
    }
  });

  it('drops repeated connections while repairing something else too', () => {
    const doc = makeChain();
    const { document, repairs } = repaired({ ...doc, title: 'x'.repeat(MAX_LABEL_LENGTH + 1), edges: [...doc.edges, makeEdge('e4', 'b', 'won')] });
    expect(document.edges.map((edge) => edge.id)).toEqual(['e1', 'e2', 'e3']);
    expect(repairs).toContainEqual({ code: 'repeated-connection-dropped', count: 1 });
  });

  it('drops a record that lacks what it cannot do without, and optional fields that are unreadable', () => {
    const doc = makeChain();
    const value = {
      ...doc,
      nodes: doc.nodes.map((node, index) => (index === 2 ? { ...node, kind: 'rocket' } : index === 1 ? { ...node, link: 'javascript:alert(1)' } : node)),
    };
    const { document, repairs } = repaired(value);
    expect(document.nodes.map((node) => node.id)).toEqual(['start', 'a', 'won', 'note']);
    expect(document.nodes[1]?.link).toBeUndefined();
    expect(repairs).toContainEqual({ code: 'field-dropped', path: 'nodes[1].link' });
    expect(repairs).toContainEqual({ code: 'record-dropped', path: 'nodes[2]' });
  });

  it('keeps `__proto__` ids ordinary, and leaves Object.prototype alone', () => {
    const before = prototypeSnapshot();
    const doc = hostileDocument();
    const value = JSON.parse(JSON.stringify({ ...doc, title: 'x'.repeat(MAX_LABEL_LENGTH + 1) })) as unknown;
    const { document } = repaired(value);
    expect(document.nodes.map((node) => node.id)).toEqual(doc.nodes.map((node) => node.id));
    expect(prototypeSnapshot()).toEqual(before);
  });

  it('answers the validation error for what cannot be repaired', () => {
    expect(normalize(42)).toEqual({ ok: false, error: { code: 'invalid', path: '', reason: 'type' } });
    expect(normalize({ ...makeChain(), nodes: 'many' })).toEqual({ ok: false, error: { code: 'invalid', path: 'nodes', reason: 'type' } });
  });

  it('does not change its input', () => {
    const value = { ...makeChain(), title: 'x'.repeat(MAX_LABEL_LENGTH + 1) };
    const copy = structuredClone(value);
    repaired(value);
    expect(value).toEqual(copy);
  });

  it('describes every repair in both languages', () => {
    const doc = makeChain();
    const { repairs } = repaired({
      ...doc,
      title: 'x'.repeat(MAX_LABEL_LENGTH + 1),
      settings: { ...doc.settings, gridSize: 0 },
      edges: [...doc.edges, makeEdge('e4', 'b', 'won')],
    });
    expect(repairs.map((repair) => repair.code)).toContain('repeated-connection-dropped');
    for (const repair of repairs) {
      expect(describeRepair('en', repair)).not.toMatch(/\{|repair\./);
      expect(describeRepair('zh-CN', repair)).not.toMatch(/\{|repair\./);
    }
  });
});

// Any mutation of a valid document that pushes its limits must normalize to a valid document.
const HOSTILE_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324, -1, 0, 1e300, -1e300, MAX_COORDINATE + 1];

type Mutation = (doc: Record<string, unknown>, random: () => number) => void;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Every (container, key) inside the value, so a mutation can land anywhere. */
function slots(value: unknown, out: [Record<PropertyKey, unknown>, PropertyKey][] = []): [Record<PropertyKey, unknown>, PropertyKey][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const key of Object.keys(value)) {
    const container = value as Record<PropertyKey, unknown>;
    out.push([container, Array.isArray(value) ? Number(key) : key]);
    slots(container[key], out);
  }
  return out;
}

// Each mutation lands on whatever is still there: earlier ones may have broken the structure.
function mutateSlot(doc: Record<string, unknown>, random: () => number, where: (value: unknown) => boolean, change: (container: Record<PropertyKey, unknown>, key: PropertyKey) => void): void {
  const candidates = slots(doc).filter(([container, key]) => where(container[key]));
  if (candidates.length > 0) change(...pick(candidates, random));
}

const MUTATIONS: readonly Mutation[] = [
  (doc, random) => mutateSlot(doc, random, (value) => typeof value === 'number', (container, key) => (container[key] = pick(HOSTILE_NUMBERS, random))),
  (doc, random) => mutateSlot(doc, random, (value) => typeof value === 'string', (container, key) => (container[key] = 'y'.repeat(MAX_LONG_TEXT_LENGTH * 2))),
  (doc, random) =>
    mutateSlot(doc, random, () => true, (container, key) => {
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
    }),
  (doc, random) => mutateSlot(doc, random, () => true, (container, key) => (container[key] = pick(['', null, [], {}, 'a"b', true], random))),
  (doc, random) => {
    const edges = doc['edges'];
    const edge: unknown = Array.isArray(edges) && edges.length > 0 ? pick(edges, random) : null;
    if (typeof edge === 'object' && edge !== null) (edge as Record<string, unknown>)['source'] = pick(['__proto__', 'missing', ''], random);
  },
];

describe('normalize, fuzzed', () => {
  it('turns any mutation of a valid document into one that validates, or a typed error', () => {
    const bases = [makeChain(), hostileDocument(), generateDocument({ nodes: 30, seed: 5, lanes: true })];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 8 }), (baseIndex, seeds) => {
        const doc = structuredClone(bases[baseIndex]) as unknown as Record<string, unknown>;
        for (const seed of seeds) {
          let state = seed;
          const random = () => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state / 2147483648;
          };
          pick(MUTATIONS, random)(doc, random);
        }
        const result = normalize(doc);
        if (result.ok) expectValid(result.value.document);
        else expect(result.error.code).toBe('invalid');
      }),
      { numRuns: 500 },
    );
  });

  it('repairs every mutation that only pushes a number or a text past its limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.boolean(), (seed, text) => {
        const doc = structuredClone(makeChain()) as unknown as Record<string, unknown>;
        let state = seed;
        const random = () => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return state / 2147483648;
        };
        (text ? MUTATIONS[1] : MUTATIONS[0])?.(doc, random);
        const result = normalize(doc);
        expect(result.ok).toBe(true);
        if (result.ok) expectValid(result.value.document);
      }),
      { numRuns: 500 },
    );
  });
});
