// Layout quality against Graphviz dot as the peer, on the corpus of fixtures/dotCorpus.ts. dot ran
// once (fixtures/measure-dot.mjs); its routes are stored, and both drawings are counted here by the
// same function.

import { describe, expect, it } from 'vitest';
import { countCrossings } from './crossings';
import { createElkNodeEngine } from './elkNodeEngine';
import { DOT_CORPUS, corpusDocument } from './fixtures/dotCorpus';
import { layoutDocument } from './runLayout';
import { toDot } from './toDot';

import { dotCrossings, readMeasured } from './fixtures/dotMeasured';

describe('crossings against Graphviz dot', () => {
  it('measured dot on exactly the graphs the corpus makes today', () => {
    const measured = readMeasured();
    expect(measured.graphs.map((graph) => graph.name)).toEqual(DOT_CORPUS.map((entry) => entry.name));
    DOT_CORPUS.forEach((entry, index) => {
      // A changed generator or toDot makes the stored measurement stale: run measure-dot.mjs again.
      expect(measured.graphs[index]?.dot).toBe(toDot(corpusDocument(entry)));
    });
  });

  it("counts dot's stored routes as when they were recorded", () => {
    const measured = readMeasured();
    for (const graph of measured.graphs) expect({ name: graph.name, crossings: dotCrossings(graph) }).toEqual({ name: graph.name, crossings: graph.crossings });
  });

  it('crosses no more than dot in total, and at most once more on any graph', async () => {
    const measured = readMeasured();
    const engine = createElkNodeEngine();
    const rows: { name: string; dot: number; ours: number }[] = [];
    for (const [index, entry] of DOT_CORPUS.entries()) {
      const result = await layoutDocument(corpusDocument(entry), { direction: 'LR', spacing: 'normal' }, engine);
      if (!result.ok) throw new Error(`${entry.name}: ${result.error.code}`);
      const ours = countCrossings(result.value.edges.map((edge) => edge.points ?? []));
      rows.push({ name: entry.name, dot: measured.graphs[index]?.crossings ?? NaN, ours });
    }
    const dotTotal = rows.reduce((sum, row) => sum + row.dot, 0);
    const ourTotal = rows.reduce((sum, row) => sum + row.ours, 0);
    const differing = rows.filter((row) => row.ours !== row.dot).map((row) => `${row.name} ours ${row.ours} dot ${row.dot}`);
    console.info(`crossings over ${rows.length} graphs: ours ${ourTotal}, dot ${dotTotal}; differing: ${differing.join(', ') || 'none'}`);
    expect(ourTotal).toBeLessThanOrEqual(dotTotal);
    expect(rows.filter((row) => row.ours > row.dot + 1)).toEqual([]);
  }, 120_000);
});
