import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PlacedLabel } from '../../geometry/labelPlacer';
import { labelPoint } from '../../geometry/polyline';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { RouteBook } from '../../model/routeBook';
import type { FlowEdge, FlowNode, Point } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { BackgroundGeometry, type AnsweredGeometry, type GeometrySnapshot } from '../edges/backgroundGeometry';
import { changesBetween } from '../edges/snapshotChanges';

export interface EdgeGeometry {
  routes: ReadonlyMap<string, readonly Point[]>;
  places: ReadonlyMap<string, PlacedLabel>;
}

/**
 * From this many edges on, routing every edge and placing every label holds the page's thread
 * for hundreds of milliseconds (about 270 ms for 4,800 edges, 4 s for 20,000): a worker does it
 * (edges/backgroundGeometry.ts), and the page routes only what an edit or a drag changes.
 */
export const BACKGROUND_EDGES = 3000;
// Past this, the page asks the worker for every route again rather than routing them itself.
const MANY_CHANGED_NODES = 64;
const MANY_CHANGED_EDGES = 300;
const NO_ROUTES: ReadonlyMap<string, readonly Point[]> = new Map();

function samePlace(a: PlacedLabel, b: PlacedLabel): boolean {
  const sameBox = (p: PlacedLabel['label'], q: PlacedLabel['label']) =>
    p === q || (p !== null && q !== null && p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height);
  return a.centre.x === b.centre.x && a.centre.y === b.centre.y && a.clear === b.clear && sameBox(a.label, b.label) && sameBox(a.chip, b.chip);
}

/** A label moved with its route during a drag: the same offset from the route's middle as before. */
function followRoute(place: PlacedLabel, before: readonly Point[], after: readonly Point[]): PlacedLabel {
  const from = labelPoint(before);
  const to = labelPoint(after);
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const shift = (box: PlacedLabel['label']) => (box === null ? null : { ...box, x: box.x + dx, y: box.y + dy });
  return { centre: { x: place.centre.x + dx, y: place.centre.y + dy }, label: shift(place.label), chip: shift(place.chip), clear: place.clear };
}

/** Every label carried along with its route, as it was placed last. */
function followRoutes(previous: EdgeGeometry, routes: ReadonlyMap<string, readonly Point[]>): Map<string, PlacedLabel> {
  const next = new Map<string, PlacedLabel>();
  for (const [id, place] of previous.places) {
    const before = previous.routes.get(id);
    const after = routes.get(id);
    if (before === undefined || after === undefined) continue;
    next.set(id, before === after ? place : followRoute(place, before, after));
  }
  return next;
}

/** The worker for a big diagram, for the life of the canvas; its answers as state. */
function useBackgroundGeometry(big: boolean): { background: RefObject<BackgroundGeometry | null>; answer: AnsweredGeometry | null } {
  const background = useRef<BackgroundGeometry | null>(null);
  const [answer, setAnswer] = useState<AnsweredGeometry | null>(null);
  useEffect(() => {
    if (!big) return;
    const made = new BackgroundGeometry(setAnswer);
    background.current = made;
    return () => {
      made.dispose();
      background.current = null;
    };
  }, [big]);
  return { background, answer };
}

/**
 * The routes and label places the canvas draws: the same router and placer as every export, kept
 * up to date edit by edit. While a gesture runs (a drag, a resize, a layout's glide), edges a
 * moving node only blocks wait for its end, and labels ride along with their routes; the drop
 * places every label again. An unchanged place keeps its object, so its edge does not re-render.
 *
 * Zoomed out past seeing a route's detours (`coarse`), edges are routed without them and no label
 * is placed. A big diagram (BACKGROUND_EDGES) is routed and labelled by a worker: until its first answer the
 * edges are drawn straight, and after an edit labels ride along with their routes until the
 * worker has placed them all again. An edit that moves many nodes at once goes to the worker too.
 */
export function useEdgeGeometry(nodes: readonly FlowNode[], edges: readonly FlowEdge[], coarse = false): EdgeGeometry {
  const book = useRef<RouteBook | null>(null);
  // Zoomed out past seeing detours (detail.ts, isCoarseView): a book that routes without them.
  const coarseBook = useRef<RouteBook | null>(null);
  const last = useRef<EdgeGeometry | null>(null);
  const gesture = useEditor((state) => state.gestureStart !== null);
  const big = edges.length >= BACKGROUND_EDGES && typeof Worker !== 'undefined';
  const { background, answer } = useBackgroundGeometry(big);
  // What the book last saw (nothing until the worker's first routes), and whether the page may go
  // on from there itself: not while the worker redoes every route after an edit that changed too
  // much.
  const bookSaw = useRef<GeometrySnapshot | null>(null);
  const bookReady = useRef(false);
  const adopted = useRef<AnsweredGeometry | null>(null);

  // Updating the book is idempotent for the same input, so a second render pass is harmless.
  const routes = useMemo(() => {
    book.current ??= new RouteBook();
    const doc = { nodes, edges };
    if (!big && coarse) {
      coarseBook.current ??= new RouteBook({ aroundNodes: false });
      return coarseBook.current.update(doc, gesture);
    }
    if (!big) {
      bookSaw.current = doc;
      bookReady.current = true;
      return book.current.update(doc, gesture);
    }
    if (answer?.routes && adopted.current !== answer) {
      adopted.current = answer;
      book.current.adopt(answer.snapshot, answer.routes);
      bookSaw.current = answer.snapshot;
      bookReady.current = true;
    }
    const saw = bookSaw.current;
    if (saw === null) return NO_ROUTES;
    const changes = changesBetween(saw, doc);
    if (!bookReady.current || changes.nodes.size > MANY_CHANGED_NODES || changes.edges.size > MANY_CHANGED_EDGES) {
      // Until the worker answers, the edges this changed are drawn straight: the routes the book
      // has no longer fit them.
      bookReady.current = false;
      const kept = new Map(book.current.update(saw));
      for (const edge of edges) {
        if (changes.edges.has(edge.id) || changes.nodes.has(edge.source) || changes.nodes.has(edge.target)) kept.delete(edge.id);
      }
      return kept;
    }
    bookSaw.current = doc;
    return book.current.update(doc, gesture);
  }, [nodes, edges, gesture, big, answer, coarse]);
  const boxesVersion = (!big && coarse ? coarseBook.current : book.current)?.boxesVersion ?? 0;

  useEffect(() => {
    if (big && !gesture) background.current?.ask({ nodes, edges }, !bookReady.current);
  }, [big, gesture, nodes, edges, background]);

  const places = useMemo(() => {
    const previous = last.current;
    const answered = big && answer !== null && answer.snapshot.nodes === nodes && answer.snapshot.edges === edges ? answer.places : null;
    let next: Map<string, PlacedLabel>;
    if (!big && coarse) {
      // No label is drawn this far out.
      next = new Map();
    } else if ((gesture || big) && answered === null) {
      next = previous === null ? new Map() : followRoutes(previous, routes);
    } else {
      next = answered === null ? placeDocumentLabels(nodes, edges, routes) : new Map(answered);
      if (previous !== null) {
        for (const [id, place] of next) {
          const old = previous.places.get(id);
          if (old !== undefined && samePlace(old, place)) next.set(id, old);
        }
      }
    }
    last.current = { routes, places: next };
    return next;
    // Nodes enter through their boxes only (boxesVersion): a renamed node moves no label.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routes, edges, boxesVersion, gesture, answer, coarse]);
  return { routes, places };
}
