import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportedGraph } from '../graph/importedGraph';
import { readDrawio } from './readDrawio';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'src/io/drawio/fixtures', name), 'utf8');

function onlyPage(text: string) {
  const read = readDrawio(text);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  expect(read.value.pages).toHaveLength(1);
  return read.value.pages[0]!;
}

function byLabel(graph: ImportedGraph) {
  return new Map(graph.nodes.map((node) => [node.label, node]));
}

function edgeNames(graph: ImportedGraph) {
  const label = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return graph.edges.map((edge) => `${label.get(edge.source)} -> ${label.get(edge.target)}${edge.label !== undefined ? ` [${edge.label}]` : ''}`);
}

describe('readDrawio on a plain page with a pool of lanes', () => {
  const page = onlyPage(fixture('lanes-plain.drawio'));
  const nodes = byLabel(page.graph);

  it('makes the lanes of the pool (not the pool) in order, rows for horizontal=0', () => {
    expect(page.graph.direction).toBe('LR');
    expect(page.graph.lanes.map((lane) => lane.label)).toEqual(['Sales & SDR', 'Legal']);
  });

  it('maps shapes to kinds, ellipses to start or end by their connections', () => {
    expect([...nodes].map(([label, node]) => `${label}: ${node.kind}`)).toEqual([
      'New lead: start',
      'Qualify\nBANT check: stage',
      'Fit?: decision',
      'Contract\nreview: document',
      'CRM: data',
      'Won: end',
      'Lost: end',
    ]);
  });

  it('puts each node in its lane at its absolute position (pool + lane + own offset)', () => {
    const lanes = new Map(page.graph.lanes.map((lane) => [lane.label, lane.id]));
    expect(nodes.get('Fit?')).toMatchObject({ laneId: lanes.get('Sales & SDR'), position: { x: 520, y: 110 }, size: { width: 80, height: 80 } });
    expect(nodes.get('Contract\nreview')).toMatchObject({ laneId: lanes.get('Legal'), position: { x: 520, y: 310 } });
  });

  it('reads edge labels from the edge or its label child, dashes, and waypoints relative to the edge parent', () => {
    expect(edgeNames(page.graph)).toEqual([
      'New lead -> Qualify\nBANT check',
      'Qualify\nBANT check -> Fit?',
      'Fit? -> Contract\nreview [Yes]',
      'Fit? -> Lost [No]',
      'Contract\nreview -> Won [signed]',
      'Qualify\nBANT check -> CRM',
    ]);
    const yes = page.graph.edges.find((edge) => edge.label === 'Yes')!;
    expect(yes.style).toBe('dashed');
    expect(yes.points).toEqual([
      { x: 560, y: 210 },
      { x: 580, y: 290 },
    ]);
    expect(page.skipped).toEqual([]);
  });
});

describe('readDrawio with UserObjects, flowchart-palette shapes and things we cannot hold', () => {
  const page = onlyPage(fixture('userobjects.drawio'));
  const nodes = byLabel(page.graph);

  it('resolves wrapper labels and their placeholders, only when placeholders="1"', () => {
    expect([...nodes.keys()]).toEqual(['Call Acme within 48h', 'Start: Web form', 'Literal %name%', 'Wait 3 days', 'Done', 'Ask about budget', 'Grouped step', 'AWS']);
  });

  it('maps the Flowchart palette and keeps the children of a group where they were', () => {
    expect(nodes.get('Start: Web form')!.kind).toBe('start');
    expect(nodes.get('Call Acme within 48h')!.kind).toBe('stage');
    expect(nodes.get('Literal %name%')!.kind).toBe('subprocess');
    expect(nodes.get('Wait 3 days')!.kind).toBe('delay');
    expect(nodes.get('Done')!.kind).toBe('end');
    expect(nodes.get('Ask about budget')!.kind).toBe('note');
    expect(nodes.get('Grouped step')!.position).toEqual({ x: 110, y: 420 });
  });

  it('lists images, free text, groups, unknown shapes, loops, repeats and loose edges', () => {
    expect(page.skipped).toEqual([
      { code: 'image', label: '' },
      { code: 'text', label: 'Draft v2' },
      { code: 'group', label: '' },
      { code: 'unknown-shape', label: 'AWS', shape: 'mxgraph.aws4.lambda' },
      { code: 'duplicate-edge', source: 'Wait 3 days', target: 'Done' },
      { code: 'self-loop', label: 'Call Acme within 48h' },
      { code: 'loose-edge', label: '' },
      { code: 'loose-edge', label: 'nowhere' },
    ]);
    expect(edgeNames(page.graph)).toContain('Ask about budget -> Call Acme within 48h');
  });
});

describe('readDrawio with several pages', () => {
  it('reads plain, compressed (raw deflate of URI-encoded XML) and empty pages, each by name', () => {
    const read = readDrawio(fixture('multi-page.drawio'));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.pages.map((page) => page.name)).toEqual(['Overview', '成交 Closing', 'Empty']);
    const closing = read.value.pages[1]!.graph;
    expect(closing.nodes.map((node) => `${node.kind}:${node.label}`)).toEqual(['document:报价\nQuote', 'stage:签约']);
    expect(closing.edges).toMatchObject([{ label: '是', conversionRate: 0.6, points: [{ x: 160, y: 60 }] }]);
    expect(read.value.pages[2]!.graph.nodes).toEqual([]);
  });

  it('reads a compressed page made by zlib, and a bare mxGraphModel', () => {
    const model = '<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/><mxCell id="v" value="Zlib made" style="rhombus" vertex="1" parent="1"><mxGeometry width="80" height="80" as="geometry"/></mxCell></root></mxGraphModel>';
    const packed = deflateRawSync(Buffer.from(encodeURIComponent(model))).toString('base64');
    const compressed = onlyPage(`<mxfile><diagram name="z">${packed}</diagram></mxfile>`);
    expect(compressed.graph.nodes).toMatchObject([{ kind: 'decision', label: 'Zlib made' }]);
    expect(onlyPage(model).graph.nodes).toMatchObject([{ kind: 'decision', label: 'Zlib made' }]);
  });

  it('makes columns of lanes without horizontal=0', () => {
    const model = `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
      <mxCell id="b" value="Second" style="swimlane;" vertex="1" parent="1"><mxGeometry x="300" width="200" height="400" as="geometry"/></mxCell>
      <mxCell id="a" value="First" style="swimlane;" vertex="1" parent="1"><mxGeometry x="0" width="200" height="400" as="geometry"/></mxCell>
      <mxCell id="n" value="In B" style="rounded=1" vertex="1" parent="b"><mxGeometry x="20" y="40" width="100" height="50" as="geometry"/></mxCell>
      </root></mxGraphModel>`;
    const { graph } = onlyPage(model);
    expect(graph.direction).toBe('TB');
    expect(graph.lanes.map((lane) => lane.label)).toEqual(['First', 'Second']);
    expect(graph.nodes[0]).toMatchObject({ laneId: 'b', position: { x: 320, y: 40 } });
  });

  it('refuses what is not a draw.io file', () => {
    expect(readDrawio('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({ ok: false, error: { code: 'not-drawio' } });
    expect(readDrawio('<mxfile></mxfile>')).toEqual({ ok: false, error: { code: 'no-pages' } });
    expect(readDrawio('<mxfile><diagram>')).toEqual({ ok: false, error: { code: 'not-xml' } });
    expect(readDrawio('<mxfile><diagram name="p">not base64 at all!</diagram></mxfile>')).toEqual({ ok: false, error: { code: 'bad-compressed-page', page: 'p' } });
  });
});

describe('readDrawio with colours and links', () => {
  const file = `<mxfile host="app.diagrams.net"><diagram id="c" name="Colours"><mxGraphModel><root>
    <mxCell id="0" /><mxCell id="1" parent="0" />
    <mxCell id="blue" value="Demo" style="rounded=0;whiteSpace=wrap;html=1;fillColor=#dae8fc;strokeColor=#6c8ebf;" vertex="1" parent="1"><mxGeometry x="0" y="0" width="120" height="60" as="geometry" /></mxCell>
    <mxCell id="plain" value="Quote" style="rounded=0;html=1;fillColor=none;strokeColor=default;fontColor=#333;" vertex="1" parent="1"><mxGeometry x="200" y="0" width="120" height="60" as="geometry" /></mxCell>
    <UserObject label="CRM" link="https://crm.example.com/pipeline" id="crm"><mxCell style="shape=cylinder3;html=1;" vertex="1" parent="1"><mxGeometry x="400" y="0" width="80" height="60" as="geometry" /></mxCell></UserObject>
    <UserObject label="Page two" link="data:page/id,p2" id="jump"><mxCell style="rounded=0;html=1;" vertex="1" parent="1"><mxGeometry x="0" y="100" width="120" height="60" as="geometry" /></mxCell></UserObject>
    <UserObject label="Trap" link="javascript:alert(1)" id="trap"><mxCell style="rounded=0;html=1;" vertex="1" parent="1"><mxGeometry x="200" y="100" width="120" height="60" as="geometry" /></mxCell></UserObject>
  </root></mxGraphModel></diagram></mxfile>`;
  const nodes = byLabel(onlyPage(file).graph);

  it('keeps hex fill, line and text colours, lower-cased; none and default are no colour', () => {
    expect(nodes.get('Demo')?.style).toEqual({ fill: '#dae8fc', stroke: '#6c8ebf' });
    expect(nodes.get('Quote')?.style).toEqual({ textColor: '#333' });
  });

  it('keeps web links, not draw.io page jumps or scripts', () => {
    expect(nodes.get('CRM')?.link).toBe('https://crm.example.com/pipeline');
    expect(nodes.get('Page two')?.link).toBeUndefined();
    expect(nodes.get('Trap')?.link).toBeUndefined();
  });
});

describe('readDrawio with pools drawn as draw.io tables', () => {
  const read = readDrawio(fixture('table-pools.drawio'));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const [rows, columns] = read.value.pages;
  const laneOf = (graph: ImportedGraph, label: string) => graph.lanes.find((lane) => lane.id === byLabel(graph).get(label)?.laneId)?.label;

  it('makes the rows of a cross-functional table the lanes, named by the row or else its cells', () => {
    expect(rows!.graph.direction).toBe('LR');
    expect(rows!.graph.lanes.map((lane) => lane.label)).toEqual(['Sales', 'Legal & finance']);
    expect(['Call lead', 'Send quote', 'Review contract'].map((label) => laneOf(rows!.graph, label))).toEqual(['Sales', 'Sales', 'Legal & finance']);
  });

  it('keeps the shapes of the cells at their absolute places, and never makes the table, rows or cells nodes', () => {
    expect([...byLabel(rows!.graph).keys()]).toEqual(['Call lead', 'Send quote', 'Review contract']);
    expect(byLabel(rows!.graph).get('Send quote')?.position).toEqual({ x: 40 + 340 + 90, y: 40 + 40 + 60 });
    expect(edgeNames(rows!.graph)).toEqual(['Call lead -> Send quote', 'Send quote -> Review contract [signed]']);
    expect(rows!.skipped).toEqual([]);
  });

  it('makes the cells of a table of one row the lanes, as columns, in order across', () => {
    expect(columns!.graph.direction).toBe('TB');
    expect(columns!.graph.lanes.map((lane) => lane.label)).toEqual(['SDR', 'AE', 'Finance']);
    expect(['Book demo', 'Run demo', 'Invoice'].map((label) => laneOf(columns!.graph, label))).toEqual(['SDR', 'AE', 'Finance']);
    expect(columns!.skipped).toEqual([]);
  });
});
