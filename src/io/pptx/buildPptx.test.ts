// @vitest-environment jsdom
// The deck of every bundled template, in both languages, read back through fflate's unzip and the
// DOM's XML parser: one native shape per node, one connector per edge bound to the shapes of its
// two ends at the sites where it touches them, the East Asian font, the notes, and a package whose
// content types and relationships agree with its parts.

import { describe, expect, it } from 'vitest';
import { templateDocuments } from '../testing/templateDocuments';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import type { FlowNode, SalesDocument } from '../../model/types';
import { buildPptx, type PptxOptions } from './buildPptx';
import { all, readPptx, textOf, type PptxPackage } from './testing/readPptx';

// Written here from the issue, not from presetShapes.ts: the closest PowerPoint preset of each kind.
const PRESET: Record<FlowNode['kind'], string> = {
  start: 'flowChartTerminator',
  end: 'flowChartTerminator',
  stage: 'roundRect',
  decision: 'flowChartDecision',
  document: 'flowChartDocument',
  data: 'can',
  delay: 'flowChartDelay',
  subprocess: 'flowChartPredefinedProcess',
  note: 'snip1Rect',
};

function optionsFor(doc: SalesDocument): PptxOptions {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  return {
    title: doc.title,
    overviewNotes: `Overview of ${doc.title}`,
    steps: walkthroughNodeIds(doc).map((nodeId, i) => ({ nodeId, title: `Step ${i + 1}`, notes: `Notes for ${byId.get(nodeId)!.label}` })),
    unassignedLabel: 'Unassigned',
    appVersion: 'test',
  };
}

async function deck(doc: SalesDocument, options = optionsFor(doc)): Promise<PptxPackage> {
  const result = await buildPptx(doc, options);
  if (!result.ok) throw new Error(result.error.code);
  return readPptx(result.value);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function xfrmOf(el: Element): { box: Box; rot: number; flipH: boolean; flipV: boolean } {
  const xfrm = all(el, 'a:xfrm')[0]!;
  const off = all(xfrm, 'a:off')[0]!;
  const ext = all(xfrm, 'a:ext')[0]!;
  return {
    box: { x: Number(off.getAttribute('x')), y: Number(off.getAttribute('y')), w: Number(ext.getAttribute('cx')), h: Number(ext.getAttribute('cy')) },
    rot: Number(xfrm.getAttribute('rot') ?? 0),
    flipH: xfrm.getAttribute('flipH') === '1',
    flipV: xfrm.getAttribute('flipV') === '1',
  };
}

/** ECMA-376: a shape is flipped inside its box, then turned clockwise about the box's centre. */
function connectorEnds(el: Element): [{ x: number; y: number }, { x: number; y: number }] {
  const { box, rot, flipH, flipV } = xfrmOf(el);
  const angle = (rot / 60_000 / 180) * Math.PI;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const at = (lx: number, ly: number) => {
    const dx = (flipH ? box.w - lx : lx) - box.w / 2;
    const dy = (flipV ? box.h - ly : ly) - box.h / 2;
    return { x: cx + dx * Math.cos(angle) - dy * Math.sin(angle), y: cy + dx * Math.sin(angle) + dy * Math.cos(angle) };
  };
  return [at(0, 0), at(box.w, box.h)];
}

/** Top, left, bottom, right middles: the first four connection sites of these presets. */
function site(box: Box, idx: number): { x: number; y: number } {
  return [
    { x: box.x + box.w / 2, y: box.y },
    { x: box.x, y: box.y + box.h / 2 },
    { x: box.x + box.w / 2, y: box.y + box.h },
    { x: box.x + box.w, y: box.y + box.h / 2 },
  ][idx]!;
}

function presetOf(el: Element): string {
  return all(el, 'a:prstGeom')[0]?.getAttribute('prst') ?? '';
}

function checkSlide(pkg: PptxPackage, slide: number, doc: SalesDocument, edgeIds: ReadonlySet<string>): void {
  const xml = pkg.part(`ppt/slides/slide${slide}.xml`);
  const shapes = new Map(all(xml, 'p:sp').map((sp) => [all(sp, 'p:cNvPr')[0]!.getAttribute('id')!, sp]));
  const nodeShapes = [...shapes.values()].filter((sp) => Object.values(PRESET).includes(presetOf(sp)) && all(sp, 'p:cNvSpPr')[0]!.getAttribute('txBox') !== '1');
  // One shape per node, of its kind's preset, holding its label.
  const expected = doc.nodes.map((node) => `${PRESET[node.kind]}|${node.label}`).sort();
  expect(nodeShapes.map((sp) => `${presetOf(sp)}|${textOf(sp)}`).sort()).toEqual(expected);
  // One connector per edge, bound to the shapes of its two ends, meeting them at the bound sites.
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const edges = doc.edges.filter((edge) => edgeIds.has(edge.id));
  const connectors = all(xml, 'p:cxnSp');
  const bound = connectors.map((cxn) => {
    const start = all(cxn, 'a:stCxn')[0]!;
    const end = all(cxn, 'a:endCxn')[0]!;
    const from = shapes.get(start.getAttribute('id')!)!;
    const to = shapes.get(end.getAttribute('id')!)!;
    const [a, b] = connectorEnds(cxn);
    for (const [shape, idx, point] of [
      [from, Number(start.getAttribute('idx')), a],
      [to, Number(end.getAttribute('idx')), b],
    ] as const) {
      const box = xfrmOf(shape).box;
      const want = site(box, idx);
      // The document's wave lifts its bottom site above the box's edge.
      const slackY = presetOf(shape) === 'flowChartDocument' && idx === 2 ? box.h * 0.25 : 3;
      expect(Math.abs(point.x - want.x)).toBeLessThanOrEqual(3);
      expect(Math.abs(point.y - want.y)).toBeLessThanOrEqual(slackY);
    }
    expect(['straightConnector1', 'bentConnector2', 'bentConnector3']).toContain(presetOf(cxn));
    return `${textOf(from)}→${textOf(to)}`;
  });
  expect(bound.sort()).toEqual(edges.map((edge) => `${byId.get(edge.source)!.label}→${byId.get(edge.target)!.label}`).sort());
  // Edge labels as text boxes.
  const labels = [...shapes.values()].filter((sp) => all(sp, 'p:cNvSpPr')[0]!.getAttribute('txBox') === '1').map(textOf);
  for (const edge of edges) if (edge.label?.trim()) expect(labels.some((text) => text.replace(/\n/g, '') === edge.label!.replace(/\s+/g, '') || text.includes(edge.label!.split(/\s+/)[0]!))).toBe(true);
}

function checkPackage(pkg: PptxPackage): void {
  const types = pkg.part('[Content_Types].xml');
  const overrides = new Map(all(types, 'Override').map((o) => [o.getAttribute('PartName')!.slice(1), o.getAttribute('ContentType')!]));
  const xmlParts = pkg.names.filter((name) => name.endsWith('.xml') && name !== '[Content_Types].xml');
  expect([...overrides.keys()].sort()).toEqual(xmlParts.sort());
  for (const name of pkg.names.filter((n) => n.endsWith('.rels'))) {
    const dir = name.replace(/_rels\/[^/]+$/, '');
    for (const rel of all(pkg.part(name), 'Relationship')) {
      const target = new URL(rel.getAttribute('Target')!, `file:///${dir}`).pathname.slice(1);
      expect(pkg.names, `${name} → ${target}`).toContain(target);
    }
  }
  const presentationRels = new Set(all(pkg.part('ppt/_rels/presentation.xml.rels'), 'Relationship').map((r) => r.getAttribute('Id')));
  for (const el of [...all(pkg.part('ppt/presentation.xml'), 'p:sldId'), ...all(pkg.part('ppt/presentation.xml'), 'p:sldMasterId')]) {
    expect(presentationRels.has(el.getAttribute('r:id'))).toBe(true);
  }
}

describe('buildPptx', () => {
  for (const { name, language, document } of templateDocuments().filter((t) => ['standard-sales-process', 'quote-to-cash', 'b2b-enterprise-sale'].includes(t.name))) {
    it(`${name} (${language}): shapes, bound connectors, fonts, notes and a consistent package`, async () => {
      const options = optionsFor(document);
      const pkg = await deck(document, options);
      checkPackage(pkg);
      const slides = all(pkg.part('ppt/presentation.xml'), 'p:sldId');
      expect(slides).toHaveLength(1 + options.steps.length);
      checkSlide(pkg, 1, document, new Set(document.edges.map((edge) => edge.id)));
      options.steps.forEach((step, i) => {
        const touching = document.edges.filter((edge) => edge.source === step.nodeId || edge.target === step.nodeId);
        const ids = new Set([step.nodeId, ...touching.flatMap((edge) => [edge.source, edge.target])]);
        checkSlide(pkg, i + 2, { ...document, nodes: document.nodes.filter((node) => ids.has(node.id)) }, new Set(touching.map((edge) => edge.id)));
        expect(textOf(all(pkg.part(`ppt/notesSlides/notesSlide${i + 2}.xml`), 'p:txBody')[0]!)).toBe(step.notes);
      });
      expect(textOf(all(pkg.part('ppt/notesSlides/notesSlide1.xml'), 'p:txBody')[0]!)).toBe(options.overviewNotes);
      // Every run names its Latin and East Asian fonts; Chinese runs are tagged as Chinese.
      const runs = all(pkg.part('ppt/slides/slide1.xml'), 'a:rPr');
      for (const run of runs) expect(all(run, 'a:ea')[0]?.getAttribute('typeface')).toBeTruthy();
      const chinese = runs.filter((run) => run.getAttribute('lang') === 'zh-CN');
      expect(chinese.length > 0).toBe(language === 'zh-CN');
    });
  }

  it('refuses an empty document and writes nothing', async () => {
    const document = templateDocuments()[0]!.document;
    const result = await buildPptx({ ...document, nodes: [], edges: [], lanes: [] }, optionsFor(document));
    expect(result).toEqual({ ok: false, error: { code: 'empty' } });
  });

  it('stops when cancelled, with no file', async () => {
    const document = templateDocuments()[0]!.document;
    const controller = new AbortController();
    controller.abort();
    const result = await buildPptx(document, { ...optionsFor(document), signal: controller.signal });
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } });
  });

  it('drops steps whose node is gone and keeps only the selection', async () => {
    const document = templateDocuments()[0]!.document;
    const doc = document;
    const chosen = doc.nodes.slice(0, 3).map((node) => node.id);
    const options = { ...optionsFor(doc), selection: chosen, steps: [...optionsFor(doc).steps, { nodeId: 'gone', title: 'x', notes: 'x' }] };
    const pkg = await deck(doc, options);
    const kept = options.steps.filter((step) => chosen.includes(step.nodeId));
    expect(all(pkg.part('ppt/presentation.xml'), 'p:sldId')).toHaveLength(1 + kept.length);
  });

  it('keeps hostile labels as literal text in well-formed parts', async () => {
    const doc = templateDocuments()[0]!.document;
    const hostile = 'A & B <script>alert(1)</script> "q" \u0001\u0008 ]]> 合同';
    const node = doc.nodes[0]!;
    const changed = { ...doc, nodes: doc.nodes.map((n) => (n.id === node.id ? { ...n, label: `${hostile}\nsecond line` } : n)) };
    const pkg = await deck(changed, { ...optionsFor(changed), steps: [{ nodeId: node.id, title: hostile, notes: hostile }] });
    const texts = all(pkg.part('ppt/slides/slide1.xml'), 'p:sp').map(textOf);
    expect(texts).toContain('A & B <script>alert(1)</script> "q"  ]]> 合同\nsecond line');
    expect(all(pkg.part('ppt/slides/slide1.xml'), 'script')).toHaveLength(0);
    expect(textOf(all(pkg.part('ppt/notesSlides/notesSlide2.xml'), 'p:txBody')[0]!)).toBe('A & B <script>alert(1)</script> "q"  ]]> 合同');
  });
});
