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
 * list no change may lengthen. With lanes, each ELK layer gets a column across all the bands, and
 * neighbouring columns share one only where their nodes sit in different bands and the merge
 * crosses no more (sharedColumns.ts): a flow that hops between 4 to 6 lanes still fills about one
 * cell in L (5% to 14% here, from 4.4% to 14.4% before columns were shared; dot drew these graphs
 * without lanes at 12% to 36%). Meeting the bar there needs hand-overs drawn across the flow even
 * where they cost a crossing. The three lane-free ones are long chains drawn top to bottom whose
 * loop-backs and side steps run beside the chain.
 */
const COVERAGE_SHORTFALLS = new Set([
  'b2b-enterprise-sale.json en',
  'b2b-enterprise-sale.json zh-CN',
  ...['g03', 'g05', 'g07', 'g09', 'g11', 'g13', 'g15', 'g17', 'g19', 'g21', 'g23', 'g25', 'g27', 'g29', 'g31'],
  ...['g14', 'g26', 'g30'],
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

  it('covers at least 15% of the drawing with nodes, but on the graphs known to fall short', () => {
    const report = drawn.map(({ name, locale, doc }) => ({ name, coverage: Math.round(nodeCoverage(figureMarks(doc, locale)) * 1000) / 1000 }));
    console.info(`coverage: ${report.map((row) => `${row.name} ${row.coverage}`).join(', ')}`);
    const listed = (name: string): boolean => COVERAGE_SHORTFALLS.has(name) || COVERAGE_SHORTFALLS.has(name.slice(0, 3));
    expect(report.filter((row) => row.coverage < MIN_COVERAGE && !listed(row.name))).toEqual([]);
  });
});
