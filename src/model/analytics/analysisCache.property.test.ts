import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../generate';
import { NODE_KINDS, type FlowEdge, type FlowNode, type SalesDocument } from '../types';
import { analyse } from './analyse';
import { sameAnalysisInputs } from './analysisCache';

// The cache's list of analysis inputs is written by hand, so the compiler can't tell when a field
// that changes a figure is missing from it. This test can: it changes any one field of a node, an
// edge or the settings, and wherever the cache calls the two documents the same, the analyses must
// be equal. A field the analysis reads but the list leaves out fails here, with the field named.

type Change = { field: string; apply: (doc: SalesDocument) => SalesDocument };

const text = fc.string({ maxLength: 12 });
const maybe = <T,>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });

function onNode(index: number, field: string, value: unknown): Change {
  return {
    field: `node.${field}`,
    apply: (doc) => {
      const nodes = doc.nodes.slice();
      const node = nodes[index % nodes.length]!;
      nodes[index % nodes.length] = field.startsWith('details.')
        ? { ...node, details: { ...node.details, [field.slice('details.'.length)]: value } }
        : ({ ...node, [field]: value } as FlowNode);
      return { ...doc, nodes };
    },
  };
}

function onEdge(index: number, field: string, value: unknown): Change {
  return {
    field: `edge.${field}`,
    apply: (doc) => {
      const edges = doc.edges.slice();
      edges[index % edges.length] = { ...edges[index % edges.length]!, [field]: value } as FlowEdge;
      return { ...doc, edges };
    },
  };
}

function onSettings(field: string, value: unknown): Change {
  return { field: `settings.${field}`, apply: (doc) => ({ ...doc, settings: { ...doc.settings, [field]: value } }) };
}

const index = fc.nat();
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.tuple(index, fc.constantFrom(...NODE_KINDS)).map(([i, v]) => onNode(i, 'kind', v)),
  fc.tuple(index, text).map(([i, v]) => onNode(i, 'label', v)),
  fc.tuple(index, fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) })).map(([i, v]) => onNode(i, 'position', v)),
  fc.tuple(index, fc.record({ width: fc.integer({ min: 40, max: 400 }), height: fc.integer({ min: 30, max: 300 }) })).map(([i, v]) => onNode(i, 'size', v)),
  fc.tuple(index, maybe(fc.integer({ min: 0, max: 10_000 }))).map(([i, v]) => onNode(i, 'volume', v)),
  fc.tuple(index, maybe(fc.constantFrom('won', 'lost', 'other'))).map(([i, v]) => onNode(i, 'outcome', v)),
  fc.tuple(index, maybe(fc.constantFrom('#ffeeee', '#112233'))).map(([i, v]) => onNode(i, 'style', v === undefined ? undefined : { fill: v })),
  fc.tuple(index, maybe(fc.constant('https://example.com/playbook'))).map(([i, v]) => onNode(i, 'link', v)),
  fc.tuple(index, fc.nat()).map(([i, j]) => ({ ...onNode(i, 'laneId', undefined), field: 'node.laneId', apply: (doc: SalesDocument) => onNode(i, 'laneId', doc.lanes[j % Math.max(doc.lanes.length, 1)]?.id).apply(doc) })),
  fc.tuple(index, maybe(fc.integer({ min: 0, max: 90 }))).map(([i, v]) => onNode(i, 'details.durationDays', v)),
  ...(['owner', 'entryCriteria', 'exitCriteria', 'kpi', 'notes'] as const).map((field) => fc.tuple(index, maybe(text)).map(([i, v]) => onNode(i, `details.${field}`, v))),
  fc.tuple(index, maybe(fc.double({ min: 0, max: 1, noNaN: true }))).map(([i, v]) => onEdge(i, 'conversionRate', v)),
  fc.tuple(index, maybe(text)).map(([i, v]) => onEdge(i, 'label', v)),
  fc.tuple(index, maybe(fc.constantFrom('solid', 'dashed'))).map(([i, v]) => onEdge(i, 'style', v)),
  fc.tuple(index, maybe(fc.constantFrom('top', 'right', 'bottom', 'left'))).map(([i, v]) => onEdge(i, 'sourceHandle', v)),
  fc.tuple(index, maybe(fc.constant([{ x: 1, y: 2 }]))).map(([i, v]) => onEdge(i, 'points', v)),
  fc.tuple(index, fc.nat()).map(([i, j]) => ({ field: 'edge.target', apply: (doc: SalesDocument) => onEdge(i, 'target', doc.nodes[j % doc.nodes.length]!.id).apply(doc) })),
  fc.constantFrom('LR', 'TB').map((v) => onSettings('direction', v)),
  fc.constantFrom('month', 'quarter', 'year').map((v) => onSettings('period', v)),
  maybe(fc.integer({ min: 1, max: 100_000 })).map((v) => onSettings('dealValue', v)),
  fc.constantFrom('USD', 'EUR', 'CNY').map((v) => onSettings('currency', v)),
  fc.integer({ min: 5, max: 50 }).map((v) => onSettings('gridSize', v)),
  text.map((title) => ({ field: 'title', apply: (doc: SalesDocument) => ({ ...doc, title }) })),
);

describe('sameAnalysisInputs', () => {
  it('calls two documents the same only when their analyses are equal, whatever one field changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 4, max: 30 }), change, (seed, nodes, { field, apply }) => {
        const before = generateDocument({ nodes, seed });
        const after = apply(before);
        if (!sameAnalysisInputs(before, after)) return;
        expect(analyse(after), field).toEqual(analyse(before));
      }),
      { numRuns: 400 },
    );
  });
});
