// A document as Mermaid flowchart text: lanes as subgraphs, our kinds as Mermaid's shapes, edge
// labels (and, when asked, conversion rates) on the links, colours as `style` lines and won and
// lost ends as classes. Positions, sizes, volumes, owners, durations and the other details have no
// place in Mermaid and are left out; the Export dialog says so.

import { compareByOrder } from '../../lib/orderKey';
import { nodeAppearance } from '../../model/outcomeLook';
import type { FlowEdge, FlowNode, NodeStyle, SalesDocument } from '../../model/types';
import { mermaidIds } from './mermaidIds';
import { quoteMermaidLabel } from './mermaidLabel';
import { writtenShape } from './mermaidShapes';
import { formatRateLabel } from './rateLabel';

export interface MermaidExportOptions {
  /** Writes each edge's conversion rate into its label ("是 · 45%"). */
  rates: boolean;
}

const INDENT = '  ';
// Mermaid's style lines separate properties with commas: only colours without commas or spaces.
const PLAIN_COLOUR = /^(?:#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

function nodeLine(node: FlowNode, id: string): string {
  const label = quoteMermaidLabel(node.label);
  const shape = writtenShape(node.kind);
  if ('named' in shape) return `${id}@{ shape: ${shape.named}, label: ${label} }`;
  return `${id}${shape.brackets[0]}${label}${shape.brackets[1]}`;
}

function edgeLine(edge: FlowEdge, ids: ReadonlyMap<string, string>, options: MermaidExportOptions): string {
  const arrow = edge.style === 'dashed' ? '-.->' : '-->';
  const text = formatRateLabel(edge.label, options.rates ? edge.conversionRate : undefined);
  const label = text === undefined ? '' : `|${quoteMermaidLabel(text)}|`;
  return `${ids.get(edge.source)} ${arrow}${label} ${ids.get(edge.target)}`;
}

function styleText(style: NodeStyle | undefined): string | undefined {
  if (!style) return undefined;
  const parts: string[] = [];
  const add = (property: string, value: string | undefined) => {
    if (value !== undefined && PLAIN_COLOUR.test(value.trim())) parts.push(`${property}:${value.trim()}`);
  };
  add('fill', style.fill);
  add('stroke', style.stroke);
  add('color', style.textColor);
  return parts.length === 0 ? undefined : parts.join(',');
}

function outcomeClasses(nodes: readonly FlowNode[], ids: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const outcome of ['won', 'lost'] as const) {
    const members = nodes.filter((node) => node.kind === 'end' && node.outcome === outcome);
    if (members.length === 0) continue;
    const look = nodeAppearance({ kind: 'end', outcome });
    lines.push(`classDef ${outcome} fill:${look.fill},stroke:${look.stroke},color:${look.text}`);
    lines.push(`class ${members.map((node) => ids.get(node.id)).join(',')} ${outcome}`);
  }
  return lines;
}

export function exportMermaid(document: SalesDocument, options: MermaidExportOptions): string {
  const lanes = [...document.lanes].sort(compareByOrder);
  const laneIds = mermaidIds(
    lanes.map((lane) => lane.id),
    'lane_',
  );
  const nodeIds = mermaidIds(
    document.nodes.map((node) => node.id),
    'n_',
  );
  const lines = [`flowchart ${document.settings.direction}`];
  const byLane = new Map<string, FlowNode[]>();
  const loose: FlowNode[] = [];
  for (const node of document.nodes) {
    const members = node.laneId === undefined ? undefined : byLane.get(node.laneId);
    if (node.laneId !== undefined && members) members.push(node);
    else if (node.laneId !== undefined && laneIds.has(node.laneId)) byLane.set(node.laneId, [node]);
    else loose.push(node);
  }
  for (const lane of lanes) {
    lines.push(`${INDENT}subgraph ${laneIds.get(lane.id)}[${quoteMermaidLabel(lane.label)}]`);
    for (const node of byLane.get(lane.id) ?? []) lines.push(`${INDENT}${INDENT}${nodeLine(node, nodeIds.get(node.id) ?? '')}`);
    lines.push(`${INDENT}end`);
  }
  for (const node of loose) lines.push(`${INDENT}${nodeLine(node, nodeIds.get(node.id) ?? '')}`);
  for (const edge of document.edges) lines.push(`${INDENT}${edgeLine(edge, nodeIds, options)}`);
  for (const line of outcomeClasses(document.nodes, nodeIds)) lines.push(`${INDENT}${line}`);
  for (const node of document.nodes) {
    const style = styleText(node.style);
    if (style) lines.push(`${INDENT}style ${nodeIds.get(node.id)} ${style}`);
  }
  for (const lane of lanes) {
    const style = styleText(lane.color === undefined ? undefined : { fill: lane.color });
    if (style) lines.push(`${INDENT}style ${laneIds.get(lane.id)} ${style}`);
  }
  return `${lines.join('\n')}\n`;
}
