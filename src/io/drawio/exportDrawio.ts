// A document as a draw.io file: an uncompressed `mxfile` (draw.io reads it as it writes it since
// version 21.1) with one page. Lanes are swimlane containers and their nodes are children with
// geometry relative to the lane; edges join the node cells, leave and enter at the sides our
// router chose (exit/entry points) and bend at its waypoints, so the diagram looks as it does
// here. Labels are draw.io HTML labels, so every label is escaped as HTML and then as XML.
// Volumes, owners, durations and the other details are not written.

import { compareByOrder } from '../../lib/orderKey';
import { laneBands, laneHeader } from '../../model/laneBands';
import { nodeAppearance } from '../../model/outcomeLook';
import { routeEdges } from '../../model/edgeRoutes';
import type { FlowNode, Point, SalesDocument } from '../../model/types';
import { formatRateLabel } from '../mermaid/rateLabel';
import { escapeXml } from '../svg/escapeXml';
import { lanePaint } from '../svg/laneTint';
import { kindStyle, styleString } from './drawioStyles';

export interface DrawioExportOptions {
  /** Writes each edge's conversion rate into its label ("是 · 45%"). */
  rates: boolean;
  appVersion: string;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const DEFAULT_LANE = { header: '#e2e8f0', body: '#f8fafc', stroke: '#94a3b8' };
const LAYER = '1';

/** Cell ids: ours behind a prefix per record type, so no id is the root's `0` or the layer's `1`. */
export const drawioIds = {
  node: (id: string) => `n-${id}`,
  lane: (id: string) => `lane-${id}`,
  edge: (id: string) => `e-${id}`,
};

function colour(value: string | undefined, fallback: string): string {
  return value !== undefined && HEX.test(value.trim()) ? value.trim() : fallback;
}

/** A label as draw.io's HTML label text: markup characters escaped, line breaks as `<br>`. */
export function htmlLabel(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n?|\n/g, '<br>');
}

const round = (value: number) => Math.round(value * 100) / 100;

function geometry(x: number, y: number, width: number, height: number): string {
  return `<mxGeometry x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" as="geometry"/>`;
}

function cell(attributes: Record<string, string>, child: string): string {
  const written = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  return `<mxCell ${written}>${child}</mxCell>`;
}

/** A cell with a web link: draw.io keeps the id, label and link on a `UserObject` around the cell. */
function linkedCell(wrapper: { id: string; label: string; link: string }, attributes: Record<string, string>, child: string): string {
  const written = Object.entries(wrapper)
    .map(([name, value]) => `${name}="${escapeXml(value)}"`)
    .join(' ');
  return `<UserObject ${written}>${cell(attributes, child)}</UserObject>`;
}

/** Where on a node's box a route point lies, as draw.io's exit and entry fractions. */
function fraction(node: FlowNode, point: Point): { x: number; y: number } {
  const clamp = (value: number) => Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
  return { x: clamp((point.x - node.position.x) / node.size.width), y: clamp((point.y - node.position.y) / node.size.height) };
}

export function exportDrawio(document: SalesDocument, options: DrawioExportOptions): string {
  const direction = document.settings.direction;
  const lanes = new Map(document.lanes.map((lane) => [lane.id, lane]));
  const cells: string[] = [cell({ id: '0' }, ''), cell({ id: LAYER, parent: '0' }, '')];
  const laneOrigin = new Map<string, Point>();
  const bands = laneBands({ ...document, lanes: [...document.lanes].sort(compareByOrder) });
  for (const band of bands) {
    const lane = band.laneId === null ? undefined : lanes.get(band.laneId);
    if (!lane) continue;
    const header = laneHeader(band.rect, direction);
    const paint = lane.color !== undefined && HEX.test(lane.color) ? lanePaint(lane.color, 'light') : undefined;
    const style = styleString([
      // The named style draw.io's own pools carry, and the shape itself for readers without draw.io's stylesheet.
      'swimlane;shape=swimlane;container=1',
      direction === 'LR' ? 'horizontal=0' : undefined,
      `startSize=${direction === 'LR' ? header.width : header.height}`,
      'html=1',
      'whiteSpace=wrap',
      'collapsible=0',
      `fillColor=${paint?.header.fill ?? DEFAULT_LANE.header}`,
      `swimlaneFillColor=${paint?.body.fill ?? DEFAULT_LANE.body}`,
      `strokeColor=${DEFAULT_LANE.stroke}`,
    ]);
    laneOrigin.set(lane.id, { x: band.rect.x, y: band.rect.y });
    cells.push(cell({ id: drawioIds.lane(lane.id), value: htmlLabel(lane.label), style, vertex: '1', parent: LAYER }, geometry(band.rect.x, band.rect.y, band.rect.width, band.rect.height)));
  }
  for (const node of document.nodes) {
    const look = nodeAppearance(node);
    const style = styleString([
      kindStyle(node.kind),
      'whiteSpace=wrap',
      'html=1',
      `fillColor=${colour(node.style?.fill, look.fill)}`,
      `strokeColor=${colour(node.style?.stroke, look.stroke)}`,
      `fontColor=${colour(node.style?.textColor, look.text)}`,
    ]);
    const origin = node.laneId === undefined ? undefined : laneOrigin.get(node.laneId);
    const parent = origin && node.laneId !== undefined ? drawioIds.lane(node.laneId) : LAYER;
    const x = node.position.x - (origin?.x ?? 0);
    const y = node.position.y - (origin?.y ?? 0);
    const shape = geometry(x, y, node.size.width, node.size.height);
    cells.push(
      node.link === undefined
        ? cell({ id: drawioIds.node(node.id), value: htmlLabel(node.label), style, vertex: '1', parent }, shape)
        : linkedCell({ id: drawioIds.node(node.id), label: htmlLabel(node.label), link: node.link }, { style, vertex: '1', parent }, shape),
    );
  }
  for (const route of routeEdges(document)) {
    const { edge, source, target, points } = route;
    const first = points[0];
    const last = points[points.length - 1];
    const exit = first ? fraction(source, first) : undefined;
    const entry = last ? fraction(target, last) : undefined;
    const style = styleString([
      'edgeStyle=orthogonalEdgeStyle',
      'rounded=0',
      'orthogonalLoop=1',
      'html=1',
      'endArrow=block',
      'endFill=1',
      edge.style === 'dashed' ? 'dashed=1' : undefined,
      exit ? `exitX=${exit.x};exitY=${exit.y};exitDx=0;exitDy=0` : undefined,
      entry ? `entryX=${entry.x};entryY=${entry.y};entryDx=0;entryDy=0` : undefined,
    ]);
    const waypoints = points.slice(1, -1).map((point) => `<mxPoint x="${round(point.x)}" y="${round(point.y)}"/>`);
    const geometryXml = `<mxGeometry relative="1" as="geometry">${waypoints.length > 0 ? `<Array as="points">${waypoints.join('')}</Array>` : ''}</mxGeometry>`;
    const label = formatRateLabel(edge.label, options.rates ? edge.conversionRate : undefined) ?? '';
    cells.push(
      cell({ id: drawioIds.edge(edge.id), value: htmlLabel(label), style, edge: '1', parent: LAYER, source: drawioIds.node(edge.source), target: drawioIds.node(edge.target) }, geometryXml),
    );
  }
  const model = `<mxGraphModel grid="1" gridSize="${document.settings.gridSize}" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" math="0" shadow="0"><root>${cells.join('')}</root></mxGraphModel>`;
  const page = `<diagram id="${escapeXml(`page-${document.id}`)}" name="${escapeXml(document.title)}">${model}</diagram>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="Salesflow" agent="Salesflow ${escapeXml(options.appVersion)}" type="device">${page}</mxfile>\n`;
}
