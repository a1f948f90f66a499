import { useMemo, useRef } from 'react';
import type { PlacedLabel } from '../../geometry/labelPlacer';
import { labelPoint } from '../../geometry/polyline';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { RouteBook } from '../../model/routeBook';
import type { FlowEdge, FlowNode, Point } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';

export interface EdgeGeometry {
  routes: ReadonlyMap<string, readonly Point[]>;
  places: ReadonlyMap<string, PlacedLabel>;
}

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

/**
 * The routes and label places the canvas draws: the same router and placer as every export, kept
 * up to date edit by edit. While a gesture runs (a drag, a resize, a layout's glide), edges a
 * moving node only blocks wait for its end, and labels ride along with their routes; the drop
 * places every label again. An unchanged place keeps its object, so its edge does not re-render.
 */
export function useEdgeGeometry(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): EdgeGeometry {
  const book = useRef<RouteBook | null>(null);
  const last = useRef<{ routes: ReadonlyMap<string, readonly Point[]>; places: ReadonlyMap<string, PlacedLabel> } | null>(null);
  const gesture = useEditor((state) => state.gestureStart !== null);
  // Updating the book is idempotent for the same input, so a second render pass is harmless.
  const routes = useMemo(() => {
    book.current ??= new RouteBook();
    return book.current.update({ nodes, edges }, gesture);
  }, [nodes, edges, gesture]);
  const boxesVersion = book.current?.boxesVersion ?? 0;
  const places = useMemo(() => {
    const previous = last.current;
    let next: Map<string, PlacedLabel>;
    if (gesture && previous !== null) {
      next = new Map();
      for (const [id, place] of previous.places) {
        const before = previous.routes.get(id);
        const after = routes.get(id);
        if (before === undefined || after === undefined) continue;
        next.set(id, before === after ? place : followRoute(place, before, after));
      }
    } else {
      next = placeDocumentLabels(nodes, edges, routes);
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
  }, [routes, edges, boxesVersion, gesture]);
  return { routes, places };
}
