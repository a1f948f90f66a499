// Routes and label places reach each edge through a store of their own, by edge id, rather than
// through React Flow's edges: a drag changes the routes of a few edges on every frame, and a new
// edges array would make React Flow rebuild its lookups and run every edge's selectors (the drag
// benchmark at fit: bench/README.md). Only the edges whose geometry changed are told.

import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { PlacedLabel } from '../../geometry/labelPlacer';
import type { Point } from '../../model/types';
import type { EdgeGeometry } from '../hooks/useEdgeGeometry';

export interface EdgeShape {
  route: readonly Point[] | undefined;
  place: PlacedLabel | undefined;
}

const NONE: EdgeShape = { route: undefined, place: undefined };

export class EdgeGeometryStore {
  private shapes = new Map<string, EdgeShape>();
  private readonly listeners = new Map<string, Set<() => void>>();

  /** Takes the new geometry and tells the edges whose route or place is another object. */
  publish(geometry: EdgeGeometry): void {
    const next = new Map<string, EdgeShape>();
    const changed: string[] = [];
    for (const [id, route] of geometry.routes) {
      const place = geometry.places.get(id);
      const before = this.shapes.get(id);
      if (before !== undefined && before.route === route && before.place === place) next.set(id, before);
      else {
        next.set(id, { route, place });
        changed.push(id);
      }
    }
    for (const id of this.shapes.keys()) if (!next.has(id)) changed.push(id);
    this.shapes = next;
    for (const id of changed) for (const listener of this.listeners.get(id) ?? []) listener();
  }

  shapeOf(id: string): EdgeShape {
    return this.shapes.get(id) ?? NONE;
  }

  subscribe(id: string, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (set === undefined) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }
}

export const EdgeGeometryContext = createContext<EdgeGeometryStore | null>(null);

/** The route and label place of one edge; re-renders only when they change. */
export function useEdgeShape(id: string): EdgeShape {
  const store = useContext(EdgeGeometryContext);
  const subscribe = useCallback((listener: () => void) => store?.subscribe(id, listener) ?? (() => undefined), [store, id]);
  const snapshot = useCallback(() => store?.shapeOf(id) ?? NONE, [store, id]);
  return useSyncExternalStore(subscribe, snapshot);
}
