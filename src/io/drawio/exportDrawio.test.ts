// @vitest-environment jsdom
// Our draw.io files judged by draw.io's own engine (mxgraph): every template in both languages and
// a process with every kind decode into the cells we mean, with the styles, parents, absolute
// geometry and waypoints of the diagram on screen.

import { describe, expect, it } from 'vitest';
import { routeEdges } from '../../model/edgeRoutes';
import { nodeAppearance } from '../../model/outcomeLook';
import type { NodeKind, SalesDocument } from '../../model/types';
import { formatRateLabel } from '../mermaid/rateLabel';
import { emptyDocument, salesProcess } from '../svg/testing/fixtures';
import { templateDocuments } from '../testing/templateDocuments';
import { drawioIds, exportDrawio } from './exportDrawio';
import { readWithDrawio } from './testing/drawioOracle';

const SHAPE: Record<NodeKind, string> = {
  start: 'mxgraph.flowchart.terminator',
  end: 'mxgraph.flowchart.terminator',
  stage: 'rectangle',
  decision: 'rhombus',
  document: 'document',
  data: 'cylinder3',
  delay: 'delay',
  subprocess: 'process',
  note: 'note',
};

const DOCUMENTS: { name: string; document: SalesDocument }[] = [
  ...templateDocuments().map(({ name, language, document }) => ({ name: `${name} (${language})`, document })),
  { name: 'every kind (en)', document: salesProcess('en') },
  { name: 'every kind (zh)', document: salesProcess('zh') },
];

const near = (value: number) => expect.closeTo(value, 1);

describe('draw.io export decoded by mxgraph', () => {
  it.each(DOCUMENTS)('$name decodes into our cells, styles, parents and routes', ({ document }) => {
    const { pageName, cells } = readWithDrawio(exportDrawio(document, { rates: true, appVersion: 'test' }));
    expect(pageName).toBe(document.title);
    expect([...cells.values()].filter((cell) => cell.vertex && !cell.swimlane)).toHaveLength(document.nodes.length);
    expect([...cells.values()].filter((cell) => cell.swimlane)).toHaveLength(document.lanes.length);
    for (const lane of document.lanes) {
      const cell = cells.get(drawioIds.lane(lane.id))!;
      expect(cell.swimlane, lane.id).toBe(true);
      expect(cell.text).toBe(lane.label);
      expect(cell.parent).toBe('1');
      expect(cell.style.horizontal).toBe(document.settings.direction === 'LR' ? 0 : undefined);
    }
    for (const node of document.nodes) {
      const cell = cells.get(drawioIds.node(node.id));
      expect(cell, node.id).toBeDefined();
      expect(cell!.text).toBe(node.label);
      expect(cell!.parent).toBe(node.laneId === undefined ? '1' : drawioIds.lane(node.laneId));
      expect(cell!.bounds).toEqual({ x: near(node.position.x), y: near(node.position.y), width: near(node.size.width), height: near(node.size.height) });
      expect(cell!.style.shape ?? 'rectangle').toBe(SHAPE[node.kind]);
      const look = nodeAppearance(node);
      expect([cell!.style.fillColor, cell!.style.strokeColor, cell!.style.fontColor]).toEqual([node.style?.fill ?? look.fill, node.style?.stroke ?? look.stroke, node.style?.textColor ?? look.text]);
    }
    const routes = new Map(routeEdges(document).map((route) => [route.edge.id, route.points]));
    for (const edge of document.edges) {
      const cell = cells.get(drawioIds.edge(edge.id))!;
      expect(cell.edge).toBe(true);
      expect([cell.source, cell.target]).toEqual([drawioIds.node(edge.source), drawioIds.node(edge.target)]);
      expect(cell.text).toBe(formatRateLabel(edge.label, edge.conversionRate) ?? '');
      expect(cell.style.dashed).toBe(edge.style === 'dashed' ? 1 : undefined);
      const route = routes.get(edge.id)!;
      expect(cell.points).toEqual(route.slice(1, -1).map((point) => ({ x: near(point.x), y: near(point.y) })));
      const source = document.nodes.find((node) => node.id === edge.source)!;
      const exitX = Number(cell.style.exitX);
      const exitY = Number(cell.style.exitY);
      expect({ x: source.position.x + exitX * source.size.width, y: source.position.y + exitY * source.size.height }).toEqual({ x: near(route[0]!.x), y: near(route[0]!.y) });
    }
  });

  it('wraps a node with a web link in a UserObject that draw.io opens, the label kept', () => {
    const document = emptyDocument({
      nodes: [{ id: 'crm', kind: 'data', label: 'CRM & "pipeline"', position: { x: 0, y: 0 }, size: { width: 120, height: 60 }, link: 'https://crm.example.com/?a=1&b="2"' }],
    });
    const cell = readWithDrawio(exportDrawio(document, { rates: false, appVersion: 'test' })).cells.get(drawioIds.node('crm'))!;
    expect(cell.vertex).toBe(true);
    expect(cell.text).toBe('CRM & "pipeline"');
    expect(cell.link).toBe('https://crm.example.com/?a=1&b="2"');
    expect(cell.style.shape).toBe(SHAPE.data);
  });

  it('keeps markup, quotes and line breaks in labels as text, and never lets them into the file as XML', () => {
    const label = 'Say "yes" & <script>alert(1)</script>\n第二行 ]]> \u0001';
    const document = emptyDocument({
      nodes: [{ id: 'a"b', kind: 'stage', label, position: { x: 0, y: 0 }, size: { width: 100, height: 60 }, style: { fill: 'url(javascript:x)' } }],
    });
    const xml = exportDrawio(document, { rates: false, appVersion: 'test' });
    expect(xml).not.toContain('<script');
    const cell = readWithDrawio(xml).cells.get(drawioIds.node('a"b'))!;
    expect(cell.text).toBe('Say "yes" & <script>alert(1)</script>\n第二行 ]]> ');
    expect(cell.style.fillColor).toBe(nodeAppearance({ kind: 'stage' }).fill);
  });
});
