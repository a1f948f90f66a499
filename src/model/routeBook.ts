// Edge routes kept up to date edit by edit, for the canvas: after a change only the routes it can
// affect are computed again (their ends changed, or a node appeared, vanished or moved inside the
// rectangle the route depends on), so that dragging a node in a 1,000-node diagram re-routes a
// handful of edges per frame. The result is always what routeEdges would compute from scratch
// (routeBook.property.test.ts). During a gesture, edges the moving nodes merely block wait for
// the drop, as issue 16 asks: the edges attached to a dragged node follow it live.

import { rectsTouch, type Rect } from '../geometry/rect';
import type { RectIndex } from '../geometry/rectIndex';
import type { Obstacle } from '../geometry/routing/types';
import { nodeObstacles, routeEdge } from './edgeRoutes';
import { rectOfNode } from './rect';
import type { FlowEdge, FlowNode, Point } from './types';

interface Entry {
  edge: FlowEdge;
  points: Point[];
  dependsOn: Rect | null;
}

/** One route as plain data, to carry between threads: a book in a worker routes a big document. */
export interface RouteRecord {
  id: string;
  points: Point[];
  dependsOn: Rect | null;
}

/** Past this many moved nodes, checking each route against each is slower than routing again. */
const MANY_CHANGES = 64;

function sameBox(a: FlowNode, b: FlowNode): boolean {
  return (
    a.kind === b.kind &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.size.width === b.size.width &&
    a.size.height === b.size.height
  );
}

export class RouteBook {
  private nodes: readonly FlowNode[] = [];
  private byId = new Map<string, FlowNode>();
  private obstacles: RectIndex<Obstacle> = nodeObstacles([]);
  private readonly entries = new Map<string, Entry>();
  /** Edges a gesture's nodes block, routed again once the gesture ends. */
  private readonly waiting = new Set<string>();
  private routes: ReadonlyMap<string, readonly Point[]> = new Map();
  /** Counts the updates in which a node appeared, vanished, moved or changed size. */
  boxesVersion = 0;

  /**
   * `aroundNodes: false` routes without the detours around other nodes (routeEdges' option), for
   * a view zoomed out so far that they could not be seen.
   */
  constructor(private readonly options: { aroundNodes: boolean } = { aroundNodes: true }) {}

  private obstaclesOf(nodes: readonly FlowNode[]): RectIndex<Obstacle> {
    return nodeObstacles(this.options.aroundNodes ? nodes : []);
  }

  /**
   * Routes by edge id for the document's edges whose ends exist. The same Map comes back while
   * nothing changed, and every unchanged route keeps its array, so views can compare by reference.
   * @param gesture true while nodes are being dragged: only edges attached to them re-route
   */
  update(doc: { readonly nodes: readonly FlowNode[]; readonly edges: readonly FlowEdge[] }, gesture = false): ReadonlyMap<string, readonly Point[]> {
    const movedIds = new Set<string>();
    const movedBoxes: Rect[] = [];
    if (doc.nodes !== this.nodes) {
      const next = new Map(doc.nodes.map((node) => [node.id, node]));
      for (const node of doc.nodes) {
        const before = this.byId.get(node.id);
        if (before === node || (before !== undefined && sameBox(before, node))) continue;
        movedIds.add(node.id);
        movedBoxes.push(rectOfNode(node));
        if (before !== undefined) movedBoxes.push(rectOfNode(before));
      }
      for (const [id, node] of this.byId) {
        if (next.has(id)) continue;
        movedIds.add(id);
        movedBoxes.push(rectOfNode(node));
      }
      this.nodes = doc.nodes;
      this.byId = next;
      if (movedBoxes.length > 0) {
        this.obstacles = this.obstaclesOf(doc.nodes);
        this.boxesVersion += 1;
      }
    }
    const everything = movedBoxes.length > MANY_CHANGES;
    let changed = false;
    const live = new Set<string>();
    for (const edge of doc.edges) {
      live.add(edge.id);
      const source = this.byId.get(edge.source);
      const target = this.byId.get(edge.target);
      const entry = this.entries.get(edge.id);
      if (source === undefined || target === undefined) {
        if (entry !== undefined) {
          this.entries.delete(edge.id);
          changed = true;
        }
        continue;
      }
      const endsChanged = entry === undefined || entry.edge !== edge || movedIds.has(edge.source) || movedIds.has(edge.target);
      const blocked =
        !endsChanged &&
        entry.dependsOn !== null &&
        (everything || movedBoxes.some((box) => rectsTouch(box, entry.dependsOn as Rect)));
      if (blocked && gesture) {
        this.waiting.add(edge.id);
        continue;
      }
      const waited = !gesture && this.waiting.has(edge.id);
      if (!endsChanged && !blocked && !waited) continue;
      this.waiting.delete(edge.id);
      const route = routeEdge(edge, source, target, this.obstacles);
      const samePoints = entry !== undefined && samePolyline(entry.points, route.points);
      this.entries.set(edge.id, { edge, points: samePoints ? entry.points : route.points, dependsOn: route.dependsOn });
      if (!samePoints) changed = true;
    }
    for (const id of this.entries.keys()) {
      if (live.has(id)) continue;
      this.entries.delete(id);
      this.waiting.delete(id);
      changed = true;
    }
    if (changed) this.routes = new Map([...this.entries].map(([id, entry]) => [id, entry.points]));
    return this.routes;
  }

  /** Every route, for `adopt` in another book. */
  records(): RouteRecord[] {
    return [...this.entries].map(([id, entry]) => ({ id, points: entry.points, dependsOn: entry.dependsOn }));
  }

  /**
   * Takes the routes another book gave for exactly this document (`records` of a book in a worker,
   * from a copy of it), as if this book had routed it: the next `update` routes only what changed
   * since. Any route a gesture left waiting is forgotten, since these come from a settled document.
   */
  adopt(doc: { readonly nodes: readonly FlowNode[]; readonly edges: readonly FlowEdge[] }, records: readonly RouteRecord[]): ReadonlyMap<string, readonly Point[]> {
    const edgeById = new Map(doc.edges.map((edge) => [edge.id, edge]));
    this.nodes = doc.nodes;
    this.byId = new Map(doc.nodes.map((node) => [node.id, node]));
    this.obstacles = this.obstaclesOf(doc.nodes);
    this.boxesVersion += 1;
    this.entries.clear();
    this.waiting.clear();
    for (const record of records) {
      const edge = edgeById.get(record.id);
      if (edge !== undefined) this.entries.set(record.id, { edge, points: record.points, dependsOn: record.dependsOn });
    }
    this.routes = new Map([...this.entries].map(([id, entry]) => [id, entry.points]));
    return this.routes;
  }
}

function samePolyline(a: readonly Point[], b: readonly Point[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y);
}
