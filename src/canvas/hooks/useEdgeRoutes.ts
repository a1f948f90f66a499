import { useMemo, useRef } from 'react';
import { RouteBook } from '../../model/routeBook';
import type { FlowEdge, FlowNode, Point } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';

/**
 * The routes the canvas draws: the same router as every export, kept up to date edit by edit.
 * While a gesture runs (a drag, a resize, a layout's glide), edges a moving node only blocks wait
 * for its end.
 */
export function useEdgeRoutes(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): ReadonlyMap<string, readonly Point[]> {
  const book = useRef<RouteBook | null>(null);
  const gesture = useEditor((state) => state.gestureStart !== null);
  // Updating the book is idempotent for the same input, so a second render pass is harmless.
  return useMemo(() => {
    book.current ??= new RouteBook();
    return book.current.update({ nodes, edges }, gesture);
  }, [nodes, edges, gesture]);
}
