// @vitest-environment jsdom
// jsdom's DOMParser is a strict XML parser: what it rejects, Inkscape and librsvg reject too.

import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../model/generate';
import { sampleDocument } from '../../model/sample';
import type { FlowNode, SalesDocument } from '../../model/types';
import { LANE_HEADER, LANE_PADDING } from '../../model/laneBands';
import { renderDocumentSvg } from './renderDocumentSvg';
import { emptyDocument, salesProcess } from './testing/fixtures';

const SVG_NS = 'http://www.w3.org/2000/svg';

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`SVG does not parse: ${error.textContent ?? ''}`);
  return doc;
}

function all(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(SVG_NS, tag));
}

/** The node's group: the `<g>` whose `<title>` is the node's label. */
function nodeGroup(doc: Document, label: string): Element | undefined {
  return all(doc, 'title').find((t) => t.textContent === label && t.parentElement?.tagName === 'g')?.parentElement ?? undefined;
}

function viewBox(doc: Document): number[] {
  return (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number);
}

function stage(id: string, label: string, x: number, y: number, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, kind: 'stage', label, position: { x, y }, size: { width: 420, height: 64 }, ...extra };
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('renderDocumentSvg', () => {
  const documents: [string, SalesDocument][] = [
    ['sales process', salesProcess('en')],
    ['Chinese sales process', salesProcess('zh')],
    ['sample', sampleDocument()],
    ['generated with lanes', generateDocument({ nodes: 60, seed: 3, lanes: true })],
    ['empty', emptyDocument()],
  ];

  it.each(documents)('writes well-formed SVG 1.1 for the %s', (_, document) => {
    const svg = renderDocumentSvg(document);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.localName).toBe('svg');
    expect(root.getAttribute('version')).toBe('1.1');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it.each(documents)('uses only plain drawing elements, no script, events or external references, for the %s', (_, document) => {
    const doc = parse(renderDocumentSvg(document));
    const allowed = new Set(['svg', 'title', 'defs', 'marker', 'g', 'rect', 'circle', 'path', 'text', 'tspan']);
    for (const element of Array.from(doc.getElementsByTagName('*'))) {
      expect(allowed, element.tagName).toContain(element.localName);
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name.toLowerCase().startsWith('on'), attribute.name).toBe(false);
        expect(attribute.localName, attribute.name).not.toBe('href');
        if (attribute.value.includes('url(')) expect(attribute.value).toMatch(/^url\(#[\w-]+\)$/);
      }
    }
    expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });

  it.each([
    ['English', salesProcess('en')],
    ['Chinese', salesProcess('zh')],
  ] as const)('draws every %s node label as text', (_, document) => {
    const doc = parse(renderDocumentSvg(document));
    for (const node of document.nodes) {
      const group = nodeGroup(doc, node.label);
      expect(group, node.label).toBeDefined();
      const text = group?.getElementsByTagNameNS(SVG_NS, 'text')[0];
      // Wrapped lines lose the spaces they broke at; nothing else may change.
      expect(squash(text?.textContent ?? ''), node.label).toBe(squash(node.label));
      expect(text?.getElementsByTagNameNS(SVG_NS, 'tspan').length).toBeGreaterThan(0);
    }
    const texts = all(doc, 'text').map((t) => t.textContent ?? '');
    for (const lane of document.lanes) expect(texts.map(squash)).toContain(squash(lane.label));
    for (const edge of document.edges) if (edge.label !== undefined) expect(texts).toContain(edge.label);
  });

  it('keeps hostile text literal and the file well-formed', () => {
    const hostile = ['<script>alert(1)</script>', '&', `"double" and 'single'`, ']]>', '&amp; <![CDATA[ x ]]>', '<!-- -->'];
    const document = emptyDocument({
      title: '</title><script>alert(1)</script>',
      lanes: [{ order: 'k0095015', id: 'l', label: '<b>"Lane" & co</b>' }],
      nodes: hostile.map((label, i) => stage(`n${i}`, label, 0, i * 100, { laneId: 'l' })),
      edges: [{ id: 'e', source: 'n0', target: 'n1', label: `<i>'yes' & "no"</i>` }],
    });
    const doc = parse(renderDocumentSvg(document));
    for (const label of hostile) {
      const text = nodeGroup(doc, label)?.getElementsByTagNameNS(SVG_NS, 'text')[0];
      expect(text?.textContent).toBe(label);
    }
    expect(doc.documentElement.getElementsByTagNameNS(SVG_NS, 'title')[0]?.textContent).toBe(document.title);
    const texts = all(doc, 'text').map((t) => t.textContent);
    expect(texts.map((t) => squash(t ?? ''))).toContain(squash('<b>"Lane" & co</b>'));
    expect(texts).toContain(`<i>'yes' & "no"</i>`);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
  });

  it('strips characters XML forbids instead of writing a broken file', () => {
    const document = emptyDocument({ nodes: [stage('n', 'Qual\u0000ify\u0008 \uFFFFlead\uD800', 0, 0)] });
    const doc = parse(renderDocumentSvg(document));
    expect(all(doc, 'text')[0]?.textContent).toBe('Qualify lead');
  });

  it('frames the bounds of nodes and bend points with the padding', () => {
    const document = emptyDocument({
      nodes: [stage('a', 'A', 10, 20), stage('b', 'B', 600, 20)],
      edges: [{ id: 'e', source: 'a', target: 'b', points: [{ x: 500, y: -300 }] }],
    });
    // Nodes span x 10..1020 and y 20..84; the bend point lifts the top to -300.
    expect(viewBox(parse(renderDocumentSvg(document)))).toEqual([10 - 24, -300 - 24, 1010 + 48, 384 + 48]);
    const padded = parse(renderDocumentSvg(document, { padding: 10, scale: 2 })).documentElement;
    expect(padded.getAttribute('viewBox')).toBe('0 -310 1030 404');
    expect(padded.getAttribute('width')).toBe('2060');
    expect(padded.getAttribute('height')).toBe('808');
  });

  it('frames the lanes too: headers before the content, bands padded around their nodes', () => {
    const document = salesProcess('en');
    const xs = document.nodes.map((n) => n.position.x);
    const rights = document.nodes.map((n) => n.position.x + n.size.width);
    const firstLane = document.nodes.filter((n) => n.laneId === document.lanes[0]?.id);
    const lastLane = document.nodes.filter((n) => n.laneId === document.lanes[document.lanes.length - 1]?.id);
    const top = Math.min(...firstLane.map((n) => n.position.y)) - LANE_PADDING;
    const bottom = Math.max(...lastLane.map((n) => n.position.y + n.size.height)) + LANE_PADDING;
    const left = Math.min(...xs) - LANE_PADDING - LANE_HEADER;
    const right = Math.max(...rights) + LANE_PADDING;
    const [x, y, width, height] = viewBox(parse(renderDocumentSvg(document)));
    expect(x).toBeCloseTo(left - 24, 1);
    expect(y).toBeCloseTo(top - 24, 1);
    expect(width).toBeCloseTo(right - left + 48, 1);
    expect(height).toBeCloseTo(bottom - top + 48, 1);
  });

  it('puts lane headers on top of columns when the flow runs top to bottom', () => {
    const document = emptyDocument({
      settings: { ...emptyDocument().settings, direction: 'TB' },
      lanes: [
        { order: 'k0152009', id: 'a', label: 'Sales' },
        { order: 'k0153009', id: 'b', label: 'Legal' },
      ],
      nodes: [stage('n1', 'One', 0, 0, { laneId: 'a' }), stage('n2', 'Two', 600, 300, { laneId: 'b' })],
    });
    const doc = parse(renderDocumentSvg(document));
    const [, y] = viewBox(doc);
    expect(y).toBeCloseTo(0 - LANE_PADDING - LANE_HEADER - 24);
    const legal = all(doc, 'text').find((t) => t.textContent === 'Legal');
    const sales = all(doc, 'text').find((t) => t.textContent === 'Sales');
    const baseline = (t: Element | undefined): number => Number(t?.firstElementChild?.getAttribute('y'));
    const centre = (t: Element | undefined): number => Number(t?.firstElementChild?.getAttribute('x'));
    expect(baseline(legal)).toBeCloseTo(baseline(sales));
    expect(baseline(sales)).toBeLessThan(0);
    expect(centre(legal)).toBeGreaterThan(centre(sales));
  });

  it('gathers nodes without a lane in a band of their own after the lanes', () => {
    const document = emptyDocument({
      lanes: [{ order: 'k0171015', id: 'a', label: 'Sales' }],
      nodes: [stage('n1', 'One', 0, 0, { laneId: 'a' }), stage('n2', 'Two', 0, 300)],
    });
    const doc = parse(renderDocumentSvg(document, { unassignedLabel: 'No lane' }));
    const baseline = (label: string): number =>
      Number(all(doc, 'text').find((t) => t.textContent === label)?.firstElementChild?.getAttribute('y'));
    // The Sales band ends below its node (0..64, padded); the bands meet halfway to the next one.
    expect(baseline('No lane')).toBeGreaterThan(64 + LANE_PADDING);
    expect(baseline('No lane')).toBeGreaterThan(baseline('Sales'));
  });

  it('dashes exactly the dashed edges, and gives every flow edge an arrowhead', () => {
    const document = salesProcess('en');
    const doc = parse(renderDocumentSvg(document));
    const markers = all(doc, 'marker');
    expect(markers).toHaveLength(1);
    expect(markers[0]?.getAttribute('orient')).toBe('auto');
    const arrowed = all(doc, 'path').filter((p) => p.hasAttribute('marker-end'));
    const byId = new Map(document.nodes.map((n) => [n.id, n]));
    const flowEdges = document.edges.filter((e) => byId.get(e.source)?.kind !== 'note' && byId.get(e.target)?.kind !== 'note');
    expect(arrowed).toHaveLength(flowEdges.length);
    arrowed.forEach((path, i) => {
      expect(path.getAttribute('marker-end')).toBe(`url(#${markers[0]?.getAttribute('id') ?? ''})`);
      expect(path.hasAttribute('stroke-dasharray'), flowEdges[i]?.id).toBe(flowEdges[i]?.style === 'dashed');
    });
    expect(flowEdges.some((e) => e.style === 'dashed')).toBe(true);
  });

  it('sets each edge label on a background box', () => {
    const doc = parse(renderDocumentSvg(salesProcess('en')));
    const label = all(doc, 'text').find((t) => t.textContent === 'Revise terms');
    const box = label?.previousElementSibling;
    expect(box?.localName).toBe('rect');
    expect(Number(box?.getAttribute('width'))).toBeGreaterThan(40);
  });

  it("draws a routed edge's label where the layout placed it, and mid-route once the route is gone", () => {
    const nodes = [stage('a', 'A', 0, 0), stage('b', 'B', 0, 400)];
    const points = [
      { x: 210, y: 64 },
      { x: 210, y: 400 },
    ];
    const unrouted = { id: 'e', source: 'a', target: 'b', label: 'Yes', sourceHandle: 'bottom', targetHandle: 'top' } as const;
    const edge = { ...unrouted, points };
    const centreOfLabel = (svg: string) => {
      const box = all(parse(svg), 'text').find((t) => t.textContent === 'Yes')?.previousElementSibling;
      return {
        x: Number(box?.getAttribute('x')) + Number(box?.getAttribute('width')) / 2,
        y: Number(box?.getAttribute('y')) + Number(box?.getAttribute('height')) / 2,
      };
    };
    const placed = centreOfLabel(renderDocumentSvg({ ...emptyDocument(), nodes, edges: [{ ...edge, labelAt: { x: 210, y: 120 } }] }));
    expect(placed.x).toBeCloseTo(210);
    expect(placed.y).toBeCloseTo(120);
    const ordinary = centreOfLabel(renderDocumentSvg({ ...emptyDocument(), nodes, edges: [{ ...unrouted, labelAt: { x: 210, y: 120 } }] }));
    expect(ordinary.y).toBeCloseTo(232);
  });

  it('paints a white, dark or no background', () => {
    const document = salesProcess('en');
    const first = (svg: string): Element | undefined =>
      Array.from(parse(svg).documentElement.children).find((c) => c.localName === 'rect');
    expect(first(renderDocumentSvg(document))?.getAttribute('fill')).toBe('#ffffff');
    expect(first(renderDocumentSvg(document, { background: 'dark' }))?.getAttribute('fill')).toBe('#0f172a');
    expect(first(renderDocumentSvg(document, { background: 'transparent' }))).toBeUndefined();
  });

  it('uses the dark palette for a dark background', () => {
    const document = emptyDocument({ nodes: [stage('n', 'Stage', 0, 0)] });
    const light = nodeGroup(parse(renderDocumentSvg(document)), 'Stage')?.querySelector('rect');
    const dark = nodeGroup(parse(renderDocumentSvg(document, { background: 'dark' })), 'Stage')?.querySelector('rect');
    expect(light?.getAttribute('fill')).toBe('#dbeafe');
    expect(dark?.getAttribute('fill')).toBe('#1e3a8a');
  });

  it('draws won and lost ends in their own colours with a tick or a cross, and a neutral end plainly', () => {
    const end = (id: string, label: string, y: number, outcome?: 'won' | 'lost'): FlowNode => ({
      id,
      kind: 'end',
      label,
      position: { x: 0, y },
      size: { width: 140, height: 56 },
      ...(outcome ? { outcome } : {}),
    });
    const document = emptyDocument({ nodes: [end('w', 'Won', 0, 'won'), end('l', 'Lost', 100, 'lost'), end('e', 'End', 200)] });
    for (const [background, won, lost, plain] of [
      ['white', ['#d1fae5', '#047857'], ['#ffe4e6', '#e11d48'], ['#e2e8f0', '#475569']],
      ['dark', ['#064e3b', '#34d399'], ['#881337', '#fb7185'], ['#334155', '#94a3b8']],
    ] as const) {
      const doc = parse(renderDocumentSvg(document, { background }));
      for (const [label, [fill, stroke], strokes] of [['Won', won, 3], ['Lost', lost, 4]] as const) {
        const group = nodeGroup(doc, label)!;
        expect(group.querySelector('rect')?.getAttribute('fill'), label).toBe(fill);
        expect(group.querySelector('rect')?.getAttribute('stroke'), label).toBe(stroke);
        expect(group.querySelector('circle')?.getAttribute('fill'), label).toBe(stroke);
        // The tick is one stroke of two segments, the cross two of one each.
        expect(group.querySelector('path')?.getAttribute('d')?.match(/[ML]/g), label).toHaveLength(strokes);
      }
      const neutral = nodeGroup(doc, 'End')!;
      expect(neutral.querySelector('rect')?.getAttribute('fill')).toBe(plain[0]);
      expect(neutral.querySelector('circle')).toBeNull();
    }
  });

  it("uses a node's own colours, but only plain colour values", () => {
    const document = emptyDocument({
      nodes: [
        stage('a', 'Own', 0, 0, { style: { fill: '#123456', stroke: 'rebeccapurple', textColor: '#fff' } }),
        stage('b', 'Hostile', 0, 100, { style: { fill: 'url(http://evil.example/#x)', stroke: '"/><script>' } }),
      ],
    });
    const doc = parse(renderDocumentSvg(document));
    const own = nodeGroup(doc, 'Own');
    expect(own?.querySelector('rect')?.getAttribute('fill')).toBe('#123456');
    expect(own?.querySelector('rect')?.getAttribute('stroke')).toBe('rebeccapurple');
    expect(own?.querySelector('text')?.getAttribute('fill')).toBe('#fff');
    const hostile = nodeGroup(doc, 'Hostile')?.querySelector('rect');
    expect(hostile?.getAttribute('fill')).toBe('#dbeafe');
    expect(hostile?.getAttribute('stroke')).toBe('#2563eb');
  });

  it('exports only the selected nodes and the edges between them', () => {
    const document = salesProcess('en');
    const doc = parse(renderDocumentSvg(document, { selection: ['qualify', 'qualified', 'lost'] }));
    const titles = all(doc, 'title').map((t) => t.textContent);
    expect(titles).toEqual(expect.arrayContaining(['Qualify lead (BANT)', 'Qualified?', 'Closed lost']));
    expect(titles).not.toContain('Discovery call');
    // qualify → qualified and qualified → lost.
    expect(all(doc, 'path').filter((p) => p.hasAttribute('marker-end'))).toHaveLength(2);
    const texts = all(doc, 'text').map((t) => t.textContent);
    expect(texts).toContain('Sales');
    expect(texts).not.toContain('Marketing');
    const [, , width] = viewBox(doc);
    expect(width).toBeLessThan(viewBox(parse(renderDocumentSvg(document)))[2] ?? 0);
  });

  it('ends a label that does not fit its node with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const document = emptyDocument({ nodes: [stage('n', long, 0, 0, { size: { width: 160, height: 64 } })] });
    const text = nodeGroup(parse(renderDocumentSvg(document)), long)?.querySelector('text');
    const lines = Array.from(text?.children ?? []).map((t) => t.textContent ?? '');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[lines.length - 1]?.endsWith('…')).toBe(true);
  });

  it('honours line breaks in labels', () => {
    const document = emptyDocument({ nodes: [stage('n', 'First line\nSecond line', 0, 0)] });
    const text = nodeGroup(parse(renderDocumentSvg(document)), 'First line\nSecond line')?.querySelector('text');
    expect(Array.from(text?.children ?? []).map((t) => t.textContent)).toEqual(['First line', 'Second line']);
  });
});
