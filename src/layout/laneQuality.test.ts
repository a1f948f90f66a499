// Layout quality on the generated corpus of issue 17 (fixtures/laneCorpus.ts) against Graphviz
// dot, which drew the same graphs without lanes, once (fixtures/measure-dot.mjs; the exact command
// and dot's routes are stored in fixtures/lane-corpus-dot.json). Both drawings are counted by the
// same function.

import { beforeAll, describe, expect, it } from 'vitest';
import { countCrossings } from './crossings';
import { createElkNodeEngine } from './elkNodeEngine';
import { dotCrossings, LANE_MEASURED_FILE, readMeasured } from './fixtures/dotMeasured';
import { LANE_CORPUS, LANE_CORPUS_PARAMETERS, laneCorpusDocument, type LaneCorpusEntry } from './fixtures/laneCorpus';
import { layoutDocument } from './runLayout';
import { opposingStretches } from './sharedStretches';
import { layoutViolations } from './testing/invariants';
import { portSwaps } from './testing/portOrder';
import { toDot } from './toDot';
import type { SalesDocument } from '../model/types';

interface Row {
  entry: LaneCorpusEntry;
  doc: SalesDocument;
  ours: number;
  dot: number;
}

const rows: Row[] = [];

beforeAll(async () => {
  const measured = readMeasured(LANE_MEASURED_FILE);
  const engine = createElkNodeEngine();
  for (const [index, entry] of LANE_CORPUS.entries()) {
    const result = await layoutDocument(laneCorpusDocument(entry), { direction: entry.direction, spacing: 'normal' }, engine);
    if (!result.ok) throw new Error(`${entry.name}: ${result.error.code}`);
    const ours = countCrossings(result.value.edges.map((edge) => edge.points ?? []));
    rows.push({ entry, doc: result.value, ours, dot: measured.graphs[index]?.crossings ?? NaN });
  }
}, 300_000);

/** Edges that close a cycle: their target leads back to their source. */
function loopBacks(doc: SalesDocument): number {
  const next = new Map<string, string[]>();
  for (const edge of doc.edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set([from]);
    const queue = [from];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === to) return true;
      for (const after of next.get(id) ?? []) {
        if (seen.has(after)) continue;
        seen.add(after);
        queue.push(after);
      }
    }
    return false;
  };
  return doc.edges.filter((edge) => reaches(edge.target, edge.source)).length;
}

describe('the generated corpus', () => {
  it('has the shape its parameters promise', () => {
    const p = LANE_CORPUS_PARAMETERS;
    expect(LANE_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(LANE_CORPUS.filter((entry) => entry.lanes > 0).length).toBe(LANE_CORPUS.length / 2);
    for (const entry of LANE_CORPUS) {
      const doc = laneCorpusDocument(entry);
      const lane = new Map(doc.nodes.map((node) => [node.id, node.laneId]));
      const crossLane = doc.edges.filter((edge) => lane.get(edge.source) !== lane.get(edge.target)).length;
      const exits = doc.nodes.filter((node) => node.kind === 'end' && node.outcome !== 'won');
      const summary = {
        name: entry.name,
        sized: doc.nodes.length >= p.minNodes && doc.nodes.length <= p.maxNodes && doc.nodes.length === entry.nodes,
        lanes: doc.lanes.length === 0 || (doc.lanes.length >= p.minLanes && doc.lanes.length <= p.maxLanes),
        crossLane: doc.lanes.length === 0 || crossLane >= p.minCrossLaneShare * doc.edges.length,
        loopBack: loopBacks(doc) >= 1,
        exits: exits.length >= 2 && exits.every((exit) => doc.edges.some((edge) => edge.target === exit.id)),
        decisions: doc.nodes.filter((node) => node.kind === 'decision').length >= 2,
        direction: doc.settings.direction === entry.direction,
      };
      expect(summary).toEqual({ name: entry.name, sized: true, lanes: true, crossLane: true, loopBack: true, exits: true, decisions: true, direction: true });
    }
  });

  it('was measured with dot on exactly the graphs the generator makes today, and counts as recorded', () => {
    const measured = readMeasured(LANE_MEASURED_FILE);
    expect(measured.command).toBe('dot -Tjson < <graph>.dot');
    expect(measured.graphs.map((graph) => graph.name)).toEqual(LANE_CORPUS.map((entry) => entry.name));
    LANE_CORPUS.forEach((entry, index) => {
      // A changed generator or toDot makes the stored measurement stale: run measure-dot.mjs again.
      expect(measured.graphs[index]?.dot).toBe(toDot(laneCorpusDocument(entry)));
    });
    for (const graph of measured.graphs) expect({ name: graph.name, crossings: dotCrossings(graph) }).toEqual({ name: graph.name, crossings: graph.crossings });
  });
});

function total(of: readonly Row[], pick: (row: Row) => number): number {
  return of.reduce((sum, row) => sum + pick(row), 0);
}

describe('auto layout on the generated corpus', () => {
  it('without lanes crosses no more than dot in total, and at most once more on any graph', () => {
    const laneFree = rows.filter((row) => row.entry.lanes === 0);
    expect(laneFree.length).toBe(LANE_CORPUS.length / 2);
    console.info(`without lanes: ours ${total(laneFree, (row) => row.ours)}, dot ${total(laneFree, (row) => row.dot)}; ${laneFree.map((row) => `${row.entry.name} ${row.ours}/${row.dot}`).join(', ')}`);
    expect(total(laneFree, (row) => row.ours)).toBeLessThanOrEqual(total(laneFree, (row) => row.dot));
    expect(laneFree.filter((row) => row.ours > row.dot + 1).map((row) => row.entry.name)).toEqual([]);
  });

  it('with lanes crosses at most once more than dot per graph in total, and at most three more on any graph', () => {
    const withLanes = rows.filter((row) => row.entry.lanes > 0);
    expect(withLanes.length).toBe(LANE_CORPUS.length / 2);
    console.info(`with lanes: ours ${total(withLanes, (row) => row.ours)}, dot ${total(withLanes, (row) => row.dot)}; ${withLanes.map((row) => `${row.entry.name} ${row.ours}/${row.dot}`).join(', ')}`);
    expect(total(withLanes, (row) => row.ours)).toBeLessThanOrEqual(total(withLanes, (row) => row.dot) + withLanes.length);
    expect(withLanes.filter((row) => row.ours > row.dot + 3).map((row) => `${row.entry.name}: ${row.ours} against ${row.dot}`)).toEqual([]);
  });

  it('overlaps no nodes and runs no edge through a node', () => {
    for (const row of rows) expect({ name: row.entry.name, problems: layoutViolations(row.doc) }).toEqual({ name: row.entry.name, problems: [] });
  });

  it('keeps the edges at a side of a node in their order just past it', () => {
    expect(rows.map((row) => ({ name: row.entry.name, swaps: portSwaps(row.doc) })).filter((row) => row.swaps.length > 0)).toEqual([]);
  });

  it('draws no stretch where two edges share a line in opposite directions', () => {
    const counts = rows.map((row) => ({ name: row.entry.name, count: opposingStretches(row.doc.edges.map((edge) => edge.points ?? [])).length }));
    const sum = counts.reduce((acc, row) => acc + row.count, 0);
    console.info(`opposing stretches: ${sum}; ${counts.map((row) => `${row.name} ${row.count}`).join(', ')}`);
    expect(counts.filter((row) => row.count > 0)).toEqual([]);
  });
});
