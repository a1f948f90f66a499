// Every file in templates/ goes through the same door as a file the user imports, then is held to
// what a template promises (issue 5): valid, complete in both languages, a sound process with
// figures to analyse, and laid out cleanly in both languages. The checks on the process are
// written out here a second time, apart from ../analytics/processChecks.ts, so that a bug there
// cannot hide a broken template.

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analytics/analyse';
import { buildFlowGraph } from '../analytics/flowGraph';
import { checkProcess } from '../analytics/processChecks';
import { NODE_LABEL, nodeLabelLines } from '../../geometry/labelBox';
import { textWidth } from '../../geometry/text';
import { isFlowKind } from '../kinds';
import { applyScenario } from '../scenarios/applyScenario';
import { parseDocumentFile, serializeDocumentFile } from '../parse';
import { shapeGeometry } from '../shapes';
import type { FlowNode, Point, SalesDocument } from '../types';
import { TEMPLATE_CATEGORIES } from './categories';
import { checkTemplate } from './checkTemplate';
import { parseTemplateFile } from './parseTemplate';
import { resolveTemplate } from './resolveTemplate';
import { TEMPLATE_LANGUAGES, type LocalizedText, type Template } from './types';

const DIR = new URL('../../../templates/', import.meta.url);
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function load(name: string): Template {
  const result = parseTemplateFile(readFileSync(new URL(name, DIR), 'utf8'));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const TEMPLATES = new Map(FILES.map((name) => [name, load(name)]));

function open(template: Template, language: (typeof TEMPLATE_LANGUAGES)[number]): SalesDocument {
  const result = resolveTemplate(template, language, { id: `${template.meta.id}-${language}`, now: Date.UTC(2025, 0, 1) });
  if (!result.ok) throw new Error(`${template.meta.id} in ${language}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const CJK = /[\u4e00-\u9fff]/u;

function allTexts(template: Template): [string, LocalizedText][] {
  const { meta, document } = template;
  return [
    ['name', meta.name],
    ['description', meta.description],
    ['title', document.title],
    ...document.lanes.map((lane): [string, LocalizedText] => [`lane ${lane.id}`, lane.label]),
    ...document.nodes.flatMap((node) => {
      const texts: [string, LocalizedText][] = [[`node ${node.id}`, node.label]];
      if (node.details?.owner !== undefined) texts.push([`owner of ${node.id}`, node.details.owner]);
      return texts;
    }),
    ...document.edges.flatMap((edge): [string, LocalizedText][] => (edge.label === undefined ? [] : [[`edge ${edge.id}`, edge.label]])),
    ...(document.scenarios ?? []).map((scenario): [string, LocalizedText] => [`scenario ${scenario.id}`, scenario.name]),
  ];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boxOf(node: FlowNode): Box {
  const { x, y } = node.position;
  return { left: x, top: y, right: x + node.size.width, bottom: y + node.size.height };
}

const TOLERANCE = 1;

function onBorder(box: Box, p: Point): boolean {
  const withinX = p.x >= box.left - TOLERANCE && p.x <= box.right + TOLERANCE;
  const withinY = p.y >= box.top - TOLERANCE && p.y <= box.bottom + TOLERANCE;
  const onSide = withinY && (Math.abs(p.x - box.left) <= TOLERANCE || Math.abs(p.x - box.right) <= TOLERANCE);
  const onTopOrBottom = withinX && (Math.abs(p.y - box.top) <= TOLERANCE || Math.abs(p.y - box.bottom) <= TOLERANCE);
  return onSide || onTopOrBottom;
}

/** An axis-parallel segment that runs through the inside of the box. */
function crosses(box: Box, a: Point, b: Point): boolean {
  const left = box.left + TOLERANCE;
  const right = box.right - TOLERANCE;
  const top = box.top + TOLERANCE;
  const bottom = box.bottom - TOLERANCE;
  if (a.y === b.y) return a.y > top && a.y < bottom && Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right;
  return a.x > left && a.x < right && Math.max(a.y, b.y) > top && Math.min(a.y, b.y) < bottom;
}

describe('the bundled templates', () => {
  it('are at least twelve, each named after its id, with unique ids and gallery places', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    const metas = [...TEMPLATES.entries()].map(([file, template]) => ({ file, ...template.meta }));
    for (const meta of metas) expect(meta.file).toBe(`${meta.id}.json`);
    expect(new Set(metas.map((meta) => meta.id)).size).toBe(metas.length);
    const orders = metas.map((meta) => meta.order);
    expect(orders.every((order) => order !== undefined)).toBe(true);
    expect(new Set(orders).size).toBe(metas.length);
  });

  it('put the standard six-stage process first', () => {
    const first = [...TEMPLATES.values()].find((template) => template.meta.order === 1);
    expect(first?.meta.id).toBe('standard-sales-process');
    const labels = first?.document.nodes.filter((node) => node.kind === 'stage').map((node) => node.label['zh-CN']);
    expect(labels).toEqual(['潜在客户获取', '客户沟通', '需求分析与方案设计', '报价与谈判', '合同签订与执行', '售后服务与客户维护']);
  });

  it('ship an example scenario in at least three, so that newcomers find scenarios', () => {
    const withScenarios = [...TEMPLATES.values()].filter((template) => (template.document.scenarios ?? []).length > 0);
    expect(withScenarios.map((template) => template.meta.id).sort()).toEqual(['outbound-prospecting', 'saas-inbound-funnel', 'standard-sales-process']);
    for (const template of withScenarios) {
      for (const language of TEMPLATE_LANGUAGES) {
        const doc = open(template, language);
        expect(doc.scenarios.map((scenario) => scenario.name)).toEqual(template.document.scenarios!.map((scenario) => scenario.name[language]));
        for (const scenario of doc.scenarios) {
          // Each value names a rate of this template, and the scenario is better than the process.
          const edgeIds = new Set(doc.edges.map((edge) => edge.id));
          for (const { edgeId } of scenario.overrides.edgeRates) expect(edgeIds.has(edgeId), `${scenario.id}: ${edgeId}`).toBe(true);
          expect(analyse(applyScenario(doc, scenario)).funnel.wins, scenario.id).toBeGreaterThan(analyse(doc).funnel.wins);
          expect(checkProcess(applyScenario(doc, scenario), buildFlowGraph(applyScenario(doc, scenario)), analyse(applyScenario(doc, scenario)).funnel)).toEqual([]);
        }
      }
    }
  });

  it('fill every category of the gallery', () => {
    const used = new Set([...TEMPLATES.values()].map((template) => template.meta.category));
    expect([...TEMPLATE_CATEGORIES].filter((category) => !used.has(category))).toEqual([]);
  });

  describe.each(FILES)('%s', (name) => {
    const template = TEMPLATES.get(name) as Template;
    const documents = TEMPLATE_LANGUAGES.map((language) => [language, open(template, language)] as const);

    it('opens in both languages as a document that survives export and import unchanged', () => {
      for (const [, doc] of documents) expect(parseDocumentFile(serializeDocumentFile(doc))).toEqual({ ok: true, value: doc });
    });

    it('has every text in both languages, the Chinese in Chinese', () => {
      for (const [where, text] of allTexts(template)) {
        for (const language of TEMPLATE_LANGUAGES) expect(text[language].trim(), `${where} in ${language}`).not.toBe('');
        expect(text['zh-CN'], `${where} in Chinese`).toMatch(CJK);
      }
    });

    it('has no problem the editor would report', () => {
      expect(checkTemplate(template)).toEqual([]);
    });

    it('gives the analysis something to work on: leads in, a won end within reach, a rate on every step', () => {
      for (const [language, doc] of documents) {
        const kinds = new Map(doc.nodes.map((node) => [node.id, node.kind]));
        const flow = doc.edges.filter((edge) => isFlowKind(kinds.get(edge.source) ?? 'note') && isFlowKind(kinds.get(edge.target) ?? 'note'));
        const starts = doc.nodes.filter((node) => node.kind === 'start');
        expect(starts.length, language).toBeGreaterThan(0);
        for (const start of starts) expect(start.volume ?? 0, start.id).toBeGreaterThan(0);
        for (const end of doc.nodes.filter((node) => node.kind === 'end')) expect(end.outcome, end.id).toBeDefined();
        for (const stage of doc.nodes.filter((node) => node.kind === 'stage')) {
          expect(stage.details?.owner, `owner of ${stage.id}`).toBeTruthy();
          expect(stage.details?.durationDays, `duration of ${stage.id}`).toBeDefined();
        }
        for (const edge of flow) expect(edge.conversionRate, `rate of ${edge.id}`).toBeDefined();

        // Where deals can actually go: along edges that carry some of them.
        const reached = new Set(starts.map((node) => node.id));
        for (let grew = true; grew; ) {
          grew = false;
          for (const edge of flow) {
            if (reached.has(edge.source) && !reached.has(edge.target) && (edge.conversionRate ?? 0) > 0) {
              reached.add(edge.target);
              grew = true;
            }
          }
        }
        expect(doc.nodes.some((node) => node.outcome === 'won' && reached.has(node.id)), language).toBe(true);
        expect(doc.nodes.filter((node) => isFlowKind(node.kind) && !reached.has(node.id)).map((node) => node.id)).toEqual([]);

        for (const node of doc.nodes) {
          if (!isFlowKind(node.kind)) continue;
          const out = flow.filter((edge) => edge.source === node.id);
          if (node.kind !== 'end') expect(out.length, `way out of ${node.id}`).toBeGreaterThan(0);
          const total = out.reduce((sum, edge) => sum + (edge.conversionRate ?? 0), 0);
          expect(total, `rates out of ${node.id}`).toBeLessThanOrEqual(1 + 1e-9);
          if (node.kind === 'decision') {
            expect(out.length, `branches of ${node.id}`).toBeGreaterThanOrEqual(2);
            for (const edge of out) expect(edge.label?.trim(), `label of ${edge.id} in ${language}`).toBeTruthy();
          }
        }
      }
    });

    it('lays out cleanly in both languages: no overlap, every label fits its node, every edge clear of the nodes', () => {
      for (const [language, doc] of documents) {
        const boxes = doc.nodes.map((node) => [node, boxOf(node)] as const);
        boxes.forEach(([a, boxA], i) => {
          for (const [b, boxB] of boxes.slice(i + 1)) {
            const apart = boxA.right <= boxB.left || boxB.right <= boxA.left || boxA.bottom <= boxB.top || boxB.bottom <= boxA.top;
            expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
          }
        });

        for (const node of doc.nodes) {
          const box = shapeGeometry(node.kind, node.size.width, node.size.height).textBox;
          const wrapped = nodeLabelLines(node.label, box);
          expect(wrapped.truncated, `label of ${node.id} in ${language}`).toBe(false);
          expect(wrapped.lines.length, `lines of ${node.id} in ${language}`).toBeLessThanOrEqual(node.kind === 'note' ? 6 : 2);
          // Words as the wrapping sees them: it may also break after a hyphen or a slash.
          for (const word of node.label.split(/\s+|(?<=[-/])/u)) {
            if (!CJK.test(word)) expect(textWidth(word, NODE_LABEL.fontSize), `"${word}" whole in ${node.id}`).toBeLessThanOrEqual(box.width);
          }
        }

        const byId = new Map(boxes.map(([node, box]) => [node.id, box]));
        for (const edge of doc.edges) {
          const points = edge.points ?? [];
          expect(points.length, `route of ${edge.id}`).toBeGreaterThanOrEqual(2);
          // A route that does not start and end on its nodes is left over from another geometry.
          expect(onBorder(byId.get(edge.source) as Box, points[0] as Point), `start of ${edge.id}`).toBe(true);
          expect(onBorder(byId.get(edge.target) as Box, points[points.length - 1] as Point), `end of ${edge.id}`).toBe(true);
          points.slice(1).forEach((b, i) => {
            const a = points[i] as Point;
            expect(a.x === b.x || a.y === b.y, `${edge.id} runs square`).toBe(true);
            for (const [node, box] of boxes) expect(crosses(box, a, b), `${edge.id} through ${node.id}`).toBe(false);
          });
        }
      }
    });
  });
});
