// Auto layout on every bundled template (issue 6): what the layout promises must hold on the
// processes users start from, in both languages; and on the lane-free ones, our crossings are
// compared with Graphviz dot's on the very same graph.
//
// dot runs live here rather than from stored fixtures: the templates are edited by hand and
// re-laid-out by scripts/build-templates.mjs, and a stored measurement would go stale silently
// with every edit. The command is `dot -Tjson` on toDot(doc) (default splines, rankdir=LR, the
// same node sizes); it needs `dot` on the PATH (apt-get install graphviz), and says so if missing.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isFlowKind } from '../model/kinds';
import { parseTemplateFile } from '../model/templates/parseTemplate';
import { resolveTemplate } from '../model/templates/resolveTemplate';
import { TEMPLATE_LANGUAGES, type Template } from '../model/templates/types';
import type { Point, SalesDocument } from '../model/types';
import { countCrossings } from './crossings';
import { dotEdgePolyline } from './dotSplines';
import { createElkNodeEngine } from './elkNodeEngine';
import { layoutDocument } from './runLayout';
import { labelViolations, layoutViolations } from './testing/invariants';
import { portSwaps } from './testing/portOrder';
import { opposingStretches } from './sharedStretches';
import { toDot } from './toDot';

const DIR = new URL('../../templates/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function load(name: string): Template {
  const parsed = parseTemplateFile(readFileSync(new URL(name, DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

const TEMPLATES = FILES.map((name) => ({ name, template: load(name) }));

function open(template: Template, language: (typeof TEMPLATE_LANGUAGES)[number]): SalesDocument {
  const resolved = resolveTemplate(template, language, { id: `${template.meta.id}-${language}`, now: 0 });
  if (!resolved.ok) throw new Error(`${template.meta.id} in ${language}: ${JSON.stringify(resolved.error)}`);
  return resolved.value;
}

/** A copy with every route dropped, so a layout that forgot to route an edge cannot pass on the template's stored one. */
function withoutRoutes(doc: SalesDocument): SalesDocument {
  return { ...doc, edges: doc.edges.map(({ points: _points, ...edge }) => edge) };
}

async function laidOut(doc: SalesDocument): Promise<SalesDocument> {
  const result = await layoutDocument(withoutRoutes(doc), { direction: 'LR', spacing: 'normal' }, createElkNodeEngine());
  if (!result.ok) throw new Error(`${doc.id}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The routes of the edges dot is asked to draw too: toDot leaves notes out, so their edges are left out here. */
function flowRoutes(doc: SalesDocument): Point[][] {
  const kinds = new Map(doc.nodes.map((node) => [node.id, node.kind]));
  return doc.edges
    .filter((edge) => isFlowKind(kinds.get(edge.source) ?? 'note') && isFlowKind(kinds.get(edge.target) ?? 'note'))
    .map((edge) => edge.points ?? []);
}

/** dot's edges as polylines, one per flow edge. */
function dotRoutes(doc: SalesDocument): Point[][] {
  const run = spawnSync('dot', ['-Tjson'], { input: toDot(doc), encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(`Graphviz dot did not run (apt-get install graphviz): ${run.error?.message ?? run.stderr}`);
  }
  const output = JSON.parse(run.stdout) as { edges?: { pos: string }[] };
  return (output.edges ?? []).map((edge) => dotEdgePolyline(edge.pos));
}

describe('auto layout on the bundled templates', () => {
  it('finds the twelve templates, with and without lanes', () => {
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(12);
    // Both kinds must be present, or one half of this file would be checking nothing.
    expect(TEMPLATES.some(({ template }) => template.document.lanes.length > 0)).toBe(true);
    expect(TEMPLATES.some(({ template }) => template.document.lanes.length === 0)).toBe(true);
  });

  describe.each(TEMPLATES)('$name', ({ template }) => {
    it.each(TEMPLATE_LANGUAGES)('ships with every edge label on its route and clear of nodes and other labels in %s', (language) => {
      expect(labelViolations(open(template, language))).toEqual([]);
    });

    it.each(TEMPLATE_LANGUAGES)('leaves no overlap, every node in its band, every edge clear, edges at a side in order past it and every label on its route and clear in %s', async (language) => {
      const before = open(template, language);
      const after = await laidOut(before);
      expect(layoutViolations(after)).toEqual([]);
      expect(labelViolations(after)).toEqual([]);
      expect(portSwaps(after)).toEqual([]);
      // The layout moves nodes and routes edges; it never adds, drops or relabels anything.
      expect(after.nodes.map((node) => [node.id, node.label, node.laneId])).toEqual(before.nodes.map((node) => [node.id, node.label, node.laneId]));
      expect(after.edges.map((edge) => [edge.id, edge.source, edge.target])).toEqual(before.edges.map((edge) => [edge.id, edge.source, edge.target]));
    });
  });
});

describe('crossings on the lane-free templates against Graphviz dot', () => {
  const laneFree = TEMPLATES.filter(({ template }) => template.document.lanes.length === 0);

  it('cross no more than dot in total, and at most once more on any template', async () => {
    expect(laneFree.length).toBeGreaterThanOrEqual(6);
    const rows: { name: string; ours: number; dot: number }[] = [];
    for (const { name, template } of laneFree) {
      // Geometry is shared by the languages, so one language measures both.
      const doc = open(template, 'en');
      const ourRoutes = flowRoutes(await laidOut(doc));
      const theirRoutes = dotRoutes(doc);
      // Both drew every flow edge as a real line: a count of zero then means no crossing, not nothing drawn.
      expect(theirRoutes.length, name).toBe(ourRoutes.length);
      expect([...ourRoutes, ...theirRoutes].filter((route) => route.length < 2), name).toEqual([]);
      rows.push({ name, ours: countCrossings(ourRoutes), dot: countCrossings(theirRoutes) });
    }
    const ourTotal = rows.reduce((sum, row) => sum + row.ours, 0);
    const dotTotal = rows.reduce((sum, row) => sum + row.dot, 0);
    console.info(`template crossings: ours ${ourTotal}, dot ${dotTotal}; ${rows.map((row) => `${row.name} ${row.ours}/${row.dot}`).join(', ')}`);
    expect(ourTotal).toBeLessThanOrEqual(dotTotal);
    expect(rows.filter((row) => row.ours > row.dot + 1)).toEqual([]);
  }, 60_000);
});

describe('loop-backs on the templates', () => {
  it('draw no stretch where two edges share a line in opposite directions', async () => {
    const counts: string[] = [];
    let sum = 0;
    for (const { name, template } of TEMPLATES) {
      const doc = await laidOut(open(template, 'en'));
      const count = opposingStretches(doc.edges.map((edge) => edge.points ?? [])).length;
      sum += count;
      counts.push(`${name} ${count}`);
    }
    console.info(`opposing stretches on the templates: ${sum}; ${counts.join(', ')}`);
    expect(sum).toBe(0);
  }, 60_000);
});
