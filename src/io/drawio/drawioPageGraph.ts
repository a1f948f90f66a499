// One draw.io page as an imported graph, keeping its drawing: vertices become nodes at their
// absolute positions (draw.io stores a child's geometry relative to its container), swimlanes
// without swimlanes inside become our lanes (a pool's lanes, not the pool), edges join node cells
// with their labels (the edge's own value and its label children) and bend points; a cell's own
// colours and its web link come along. What has no counterpart (images, free text, groups, edges
// to nothing) is listed, not refused.

import { MAX_COORDINATE, MAX_EDGE_POINTS, MAX_EDGES, MAX_LABEL_LENGTH, MAX_LANES, MAX_NODES, MAX_SIZE } from '../../model/limits';
import { nodeAppearance } from '../../model/outcomeLook';
import { isAllowedLink } from '../../model/schema';
import type { KindAppearance } from '../../model/shapes';
import type { Direction, NodeStyle, Outcome, Point } from '../../model/types';
import type { ImportedEdge, ImportedGraph, ImportedLane, ImportedNode } from '../graph/importedGraph';
import { readRateLabel } from '../mermaid/rateLabel';
import type { DrawioCell } from './drawioCells';
import type { DrawioError, DrawioSkip } from './drawioErrors';
import { parseStyle, readShape, type DrawioStyle } from './drawioShapes';
import { cellLabel } from './plainLabel';
import { err, ok, type Result } from '../../lib/result';

export interface DrawioPageGraph {
  graph: ImportedGraph;
  skipped: DrawioSkip[];
}

const clampCoordinate = (value: number) => Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value));
const clampSize = (value: number) => Math.min(MAX_SIZE, Math.max(1, value));
const isSwimlane = (style: DrawioStyle) => style.has('swimlane') || style.get('shape') === 'swimlane';

/** Won and lost ends come back from the colours our export gives them. */
function outcomeOf(style: DrawioStyle): Outcome | undefined {
  const fill = style.get('fillColor')?.toLowerCase();
  if (fill === undefined) return undefined;
  for (const outcome of ['won', 'lost'] as const) if (nodeAppearance({ kind: 'end', outcome }).fill.toLowerCase() === fill) return outcome;
  return undefined;
}

// draw.io writes `none`, `default` (follows the theme) and names besides hex; only hex is a colour here.
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * The fill, line and text colours a cell sets that differ from how we draw its kind: a diagram
 * coloured in draw.io keeps its colours, and one of our own exports comes back with none set.
 */
function ownColours(style: DrawioStyle, look: KindAppearance): NodeStyle | undefined {
  const own = (key: string, ours: string): string | undefined => {
    const value = style.get(key)?.trim();
    return value !== undefined && HEX_COLOUR.test(value) && value.toLowerCase() !== ours.toLowerCase() ? value.toLowerCase() : undefined;
  };
  const fill = own('fillColor', look.fill);
  const stroke = own('strokeColor', look.stroke);
  const textColor = own('fontColor', look.text);
  if (fill === undefined && stroke === undefined && textColor === undefined) return undefined;
  return { ...(fill !== undefined ? { fill } : {}), ...(stroke !== undefined ? { stroke } : {}), ...(textColor !== undefined ? { textColor } : {}) };
}

interface TableLanes {
  /** The cells that are lanes: a table's rows, or the columns of a table of one row. */
  lanes: DrawioCell[];
  /** Every table, row and table cell: containers, never nodes. */
  containerIds: Set<string>;
  /** The swimlane cells inside rows, which are not lanes of their own. */
  cellIds: Set<string>;
  /** A row lane's cells, whose headers name it when the row has no label of its own. */
  rowLabels: Map<string, DrawioCell[]>;
}

/**
 * Pools drawn with draw.io's table shape (its cross-functional and "Pool 2" shapes): a `table`
 * holds `tableRow`s, each holding `swimlane` cells, and shapes sit in the cells. The rows are the
 * lanes (the columns across them are phases, which we do not have); a table of one row with
 * several cells is a pool of columns, and its cells are the lanes.
 */
function tableLanes(vertices: readonly DrawioCell[], styleOf: (cell: DrawioCell) => DrawioStyle, swimlaneIds: ReadonlySet<string>): TableLanes {
  const shapeOf = (cell: DrawioCell) => styleOf(cell).get('shape');
  const tableIds = new Set(vertices.filter((cell) => shapeOf(cell) === 'table').map((cell) => cell.id));
  const childrenOf = (ids: ReadonlySet<string>, keep: (cell: DrawioCell) => boolean) => {
    const children = new Map<string, DrawioCell[]>();
    for (const cell of vertices) {
      if (cell.parent === undefined || !ids.has(cell.parent) || !keep(cell)) continue;
      children.set(cell.parent, [...(children.get(cell.parent) ?? []), cell]);
    }
    return children;
  };
  const rowsOf = childrenOf(tableIds, (cell) => shapeOf(cell) === 'tableRow');
  const rowIds = new Set([...rowsOf.values()].flat().map((row) => row.id));
  const cellsOf = childrenOf(rowIds, (cell) => swimlaneIds.has(cell.id));
  const lanes: DrawioCell[] = [];
  const rowLabels = new Map<string, DrawioCell[]>();
  for (const rows of rowsOf.values()) {
    const only = rows.length === 1 ? (cellsOf.get(rows[0]!.id) ?? []) : [];
    if (only.length > 1) {
      lanes.push(...only);
      continue;
    }
    lanes.push(...rows);
    for (const row of rows) rowLabels.set(row.id, cellsOf.get(row.id) ?? []);
  }
  const cellIds = new Set([...cellsOf.values()].flat().map((cell) => cell.id));
  return { lanes, containerIds: new Set([...tableIds, ...rowIds, ...cellIds]), cellIds, rowLabels };
}

export function drawioPageGraph(cells: readonly DrawioCell[]): Result<DrawioPageGraph, DrawioError> {
  const byId = new Map<string, DrawioCell>();
  for (const cell of cells) if (cell.id !== '' && !byId.has(cell.id)) byId.set(cell.id, cell);
  const styles = new Map(cells.map((cell) => [cell, parseStyle(cell.style)]));
  const styleOf = (cell: DrawioCell) => styles.get(cell)!;
  const html = (cell: DrawioCell) => styleOf(cell).get('html') === '1';
  const labelOf = (cell: DrawioCell) => cellLabel(cell.value, html(cell));
  const skipped: DrawioSkip[] = [];
  const cut = (label: string) => {
    if (label.length <= MAX_LABEL_LENGTH) return label;
    skipped.push({ code: 'label-cut', label: label.slice(0, 40) });
    return label.slice(0, MAX_LABEL_LENGTH);
  };

  // Absolute origins through vertex parents; the root and the layers sit at 0,0. Parent chains are
  // walked with a visited set, since a hostile file may make them loop.
  const origins = new Map<string, Point>();
  const originOf = (id: string | undefined): Point => {
    const chain: DrawioCell[] = [];
    const seen = new Set<string>();
    let current = id === undefined ? undefined : byId.get(id);
    while (current && current.vertex && !origins.has(current.id) && !seen.has(current.id)) {
      seen.add(current.id);
      chain.push(current);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    let base = current && origins.has(current.id) ? origins.get(current.id)! : { x: 0, y: 0 };
    for (const cell of chain.reverse()) {
      base = { x: base.x + (cell.geometry?.x ?? 0), y: base.y + (cell.geometry?.y ?? 0) };
      origins.set(cell.id, base);
    }
    return id === undefined ? { x: 0, y: 0 } : (origins.get(id) ?? { x: 0, y: 0 });
  };

  const vertices = cells.filter((cell) => cell.vertex && byId.get(cell.id) === cell);
  const swimlanes = vertices.filter((cell) => isSwimlane(styleOf(cell)));
  const swimlaneIds = new Set(swimlanes.map((cell) => cell.id));
  const pools = new Set(swimlanes.flatMap((cell) => (cell.parent !== undefined && swimlaneIds.has(cell.parent) ? [cell.parent] : [])));
  const tables = tableLanes(vertices, styleOf, swimlaneIds);
  const laneCells = [...swimlanes.filter((cell) => !pools.has(cell.id) && !tables.cellIds.has(cell.id)), ...tables.lanes];
  const containerIds = new Set([...swimlaneIds, ...tables.containerIds]);
  if (laneCells.length > MAX_LANES) return err({ code: 'too-many-lanes', limit: MAX_LANES });
  const laneIds = new Set(laneCells.map((cell) => cell.id));
  const direction: Direction = laneCells.length > 0 && laneCells.every((cell) => styleOf(cell).get('horizontal') !== '0') ? 'TB' : 'LR';
  const along = (point: Point) => (direction === 'LR' ? point.y : point.x);
  const lanes = laneCells
    .map((cell) => ({ cell, at: along(originOf(cell.id)) }))
    .sort((a, b) => a.at - b.at)
    .map(({ cell }): ImportedLane => ({ id: cell.id, label: cut(labelOf(cell) || (tables.rowLabels.get(cell.id) ?? [])
      .map(labelOf)
      .filter((label) => label !== '')
      .join(' / ')) }));

  const laneOf = (cell: DrawioCell): string | undefined => {
    const seen = new Set<string>();
    let parent = cell.parent === undefined ? undefined : byId.get(cell.parent);
    while (parent && !seen.has(parent.id)) {
      if (laneIds.has(parent.id)) return parent.id;
      seen.add(parent.id);
      parent = parent.parent === undefined ? undefined : byId.get(parent.parent);
    }
    return undefined;
  };

  const edgeIds = new Set(cells.filter((cell) => cell.edge).map((cell) => cell.id));
  const edgeLabels = new Map<string, string[]>();
  const drafts: { cell: DrawioCell; node: ImportedNode; terminal: boolean }[] = [];
  for (const cell of vertices) {
    if (containerIds.has(cell.id)) continue;
    if (cell.parent !== undefined && edgeIds.has(cell.parent)) {
      const text = labelOf(cell);
      if (text !== '') edgeLabels.set(cell.parent, [...(edgeLabels.get(cell.parent) ?? []), text]);
      continue;
    }
    const style = styleOf(cell);
    const reading = readShape(style);
    const label = labelOf(cell);
    if ('skip' in reading) {
      skipped.push({ code: reading.skip, label: label.slice(0, 80) });
      continue;
    }
    if (!reading.known) skipped.push({ code: 'unknown-shape', label: label.slice(0, 80), shape: (style.get('shape') ?? '').slice(0, 80) });
    if (drafts.length >= MAX_NODES) return err({ code: 'too-many-nodes', limit: MAX_NODES });
    const origin = originOf(cell.id);
    const laneId = laneOf(cell);
    drafts.push({
      cell,
      terminal: reading.kind === 'terminal',
      node: {
        id: cell.id,
        kind: reading.kind === 'terminal' ? 'stage' : reading.kind,
        label: cut(label),
        position: { x: clampCoordinate(origin.x), y: clampCoordinate(origin.y) },
        size: { width: clampSize(cell.geometry?.width ?? 120), height: clampSize(cell.geometry?.height ?? 60) },
        ...(laneId !== undefined ? { laneId } : {}),
      },
    });
  }

  const nodeIds = new Set(drafts.map((draft) => draft.cell.id));
  const edges: ImportedEdge[] = [];
  const pairs = new Set<string>();
  for (const cell of cells) {
    if (!cell.edge || byId.get(cell.id) !== cell) continue;
    const own = labelOf(cell);
    const text = cut([own, ...(edgeLabels.get(cell.id) ?? [])].filter((part) => part !== '').join('\n'));
    const { source, target } = cell;
    if (source === undefined || target === undefined || !nodeIds.has(source) || !nodeIds.has(target)) {
      skipped.push({ code: 'loose-edge', label: text.slice(0, 80) });
      continue;
    }
    if (source === target) {
      skipped.push({ code: 'self-loop', label: (byId.get(source) && labelOf(byId.get(source)!).slice(0, 80)) ?? '' });
      continue;
    }
    const pair = JSON.stringify([source, target]);
    if (pairs.has(pair)) {
      skipped.push({ code: 'duplicate-edge', source: labelOf(byId.get(source)!).slice(0, 80), target: labelOf(byId.get(target)!).slice(0, 80) });
      continue;
    }
    if (edges.length >= MAX_EDGES) return err({ code: 'too-many-edges', limit: MAX_EDGES });
    pairs.add(pair);
    const origin = originOf(cell.parent);
    const points = (cell.geometry?.points ?? []).slice(0, MAX_EDGE_POINTS).map((point) => ({ x: clampCoordinate(point.x + origin.x), y: clampCoordinate(point.y + origin.y) }));
    const { label, rate } = readRateLabel(text);
    edges.push({
      id: cell.id,
      source,
      target,
      ...(label !== undefined ? { label } : {}),
      ...(rate !== undefined ? { conversionRate: rate } : {}),
      ...(styleOf(cell).get('dashed') === '1' ? { style: 'dashed' as const } : {}),
      ...(points.length > 0 ? { points } : {}),
    });
  }

  const entered = new Set(edges.map((edge) => edge.target));
  const left = new Set(edges.map((edge) => edge.source));
  const nodes = drafts.map(({ cell, node, terminal }): ImportedNode => {
    const kind = !terminal ? node.kind : !entered.has(cell.id) ? 'start' : !left.has(cell.id) ? 'end' : 'stage';
    const outcome = terminal && kind === 'end' ? outcomeOf(styleOf(cell)) : undefined;
    const style = ownColours(styleOf(cell), nodeAppearance({ kind, outcome }));
    const link = cell.link !== undefined && isAllowedLink(cell.link) ? cell.link : undefined;
    return { ...node, kind, ...(outcome !== undefined ? { outcome } : {}), ...(style !== undefined ? { style } : {}), ...(link !== undefined ? { link } : {}) };
  });
  return ok({ graph: { direction, lanes, nodes, edges }, skipped });
}
