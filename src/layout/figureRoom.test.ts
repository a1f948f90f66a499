// Room for what the analysis shows, on every template in both languages and every graph of the
// generated corpus (issue 17's bar): no edge label, rate chip, volume badge or leak badge touching
// a node or another of them, and nodes covering at least 15% of the drawing's extent (not yet met
// with lanes: see COVERAGE_SHORTFALLS).

import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../model/templates/parseTemplate';
import { resolveTemplate } from '../model/templates/resolveTemplate';
import { TEMPLATE_LANGUAGES } from '../model/templates/types';
import type { SalesDocument } from '../model/types';
import { createElkNodeEngine } from './elkNodeEngine';
import { LANE_CORPUS, laneCorpusDocument } from './fixtures/laneCorpus';
import { layoutDocument } from './runLayout';
import { figureMarks, markCollisions, nodeCoverage } from './testing/figureMarks';

/** Leads entering each corpus graph's start, so that badges carry counts of a realistic width. */
const CORPUS_LEADS = 12_500;
const MIN_COVERAGE = 0.15;

/**
 * Not yet the bar (issue 17): the graphs whose nodes cover less than 15% of the drawing today, a
 * list no change may lengthen, each with the share it covers today (rounded down to a percent), to
 * which no change may lower it. With lanes, hand-overs are drawn straight across the flow where that
 * crosses no more (handOverColumns.ts), channels and band gaps are as wide as their labels need
 * (labelGaps.ts) and bands lose their one tall stack where they can (bandStacks.ts); still, a flow
 * that hops between 4 to 6 lanes fills about one band in each column (7% to 15% here, from 5% to
 * 14% before; dot drew these graphs without lanes at 12% to 36%). The two lane-free ones are long
 * chains drawn top to bottom whose loop-backs and side steps run beside the chain.
 */
const COVERAGE_SHORTFALLS = new Map([
  ['b2b-enterprise-sale.json en', 0.14],
  ...(
    [
      ['g03', 0.14],
      ['g05', 0.11],
      ['g07', 0.09],
      ['g09', 0.14],
      ['g11', 0.14],
      ['g13', 0.11],
      ['g15', 0.1],
      ['g21', 0.1],
      ['g23', 0.07],
      ['g27', 0.08],
      ['g29', 0.09],
      ['g31', 0.08],
    ] as const
  ),
  ...([['g26', 0.11], ['g30', 0.12]] as const),
]);

interface Drawn {
  name: string;
  locale: string;
  doc: SalesDocument;
}

const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);

function templateDocuments(): { name: string; locale: string; doc: SalesDocument }[] {
  const files = readdirSync(TEMPLATE_DIR).filter((name) => name.endsWith('.json')).sort();
  return files.flatMap((file) => {
    const parsed = parseTemplateFile(readFileSync(new URL(file, TEMPLATE_DIR), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.error)}`);
    return TEMPLATE_LANGUAGES.map((language) => {
      const resolved = resolveTemplate(parsed.value, language, { id: `${parsed.value.meta.id}-${language}`, now: 0 });
      if (!resolved.ok) throw new Error(`${file} in ${language}: ${JSON.stringify(resolved.error)}`);
      return { name: `${file} ${language}`, locale: language, doc: resolved.value };
    });
  });
}

function corpusDocuments(): { name: string; locale: string; doc: SalesDocument }[] {
  return LANE_CORPUS.map((entry) => {
    const doc = laneCorpusDocument(entry);
    return { name: entry.name, locale: 'en', doc: { ...doc, nodes: doc.nodes.map((node) => (node.kind === 'start' ? { ...node, volume: CORPUS_LEADS } : node)) } };
  });
}

const drawn: Drawn[] = [];

beforeAll(async () => {
  const engine = createElkNodeEngine();
  for (const { name, locale, doc } of [...templateDocuments(), ...corpusDocuments()]) {
    const bare = { ...doc, edges: doc.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge) };
    const result = await layoutDocument(bare, { direction: doc.settings.direction, spacing: 'normal' }, engine);
    if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
    drawn.push({ name, locale, doc: result.value });
  }
}, 600_000);

describe('auto layout with the analysis on', () => {
  it('leaves no label, chip or badge touching a node or another of them', () => {
    const report = drawn.map(({ name, locale, doc }) => ({ name, collisions: markCollisions(figureMarks(doc, locale)) }));
    console.info(`collisions: ${report.reduce((sum, row) => sum + row.collisions.length, 0)}; ${report.filter((row) => row.collisions.length > 0).map((row) => `${row.name} ${row.collisions.length}`).join(', ')}`);
    expect(report.filter((row) => row.collisions.length > 0)).toEqual([]);
  });

  it('covers at least 15% of the drawing with nodes, but on the graphs known to fall short, and those no less than today', () => {
    const report = drawn.map(({ name, locale, doc }) => ({ name, coverage: Math.round(nodeCoverage(figureMarks(doc, locale)) * 1000) / 1000 }));
    console.info(`coverage: ${report.map((row) => `${row.name} ${row.coverage}`).join(', ')}`);
    const floor = (name: string): number => COVERAGE_SHORTFALLS.get(name) ?? COVERAGE_SHORTFALLS.get(name.slice(0, 3)) ?? MIN_COVERAGE;
    expect(report.filter((row) => row.coverage < floor(row.name))).toEqual([]);
  });
});
