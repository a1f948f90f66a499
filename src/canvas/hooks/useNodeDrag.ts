import { useCallback, useEffect, useRef, useState } from 'react';
import { useReactFlow, type NodeChange } from '@xyflow/react';
import { snapToGuides, type Guide } from '../../model/alignmentGuides';
import { assignLanes, dragNodes, moveNodes, releaseDraggedNodes } from '../../model/operations';
import { bandAt, laneBands, type LaneBand } from '../../model/laneBands';
import type { Point, SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import type { CanvasNode } from '../toFlowElements';
import { isResizing } from './useResizeHandlers';
import { runSoon } from '../../lib/runSoon';

const GUIDE_THRESHOLD_PX = 6;

/** Lanes follow the nodes: a node that ends its drag inside a band joins that band's lane. */
function laneAssignments(document: SalesDocument, nodeIds: readonly string[], bands: readonly LaneBand[]): Map<string, string | undefined> {
  const assignments = new Map<string, string | undefined>();
  if (bands.length === 0) return assignments;
  const wanted = new Set(nodeIds);
  for (const node of document.nodes) {
    if (!wanted.has(node.id) || node.kind === 'note') continue;
    const centre = { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
    const band = bandAt(bands, centre);
    if (band) assignments.set(node.id, band.laneId ?? undefined);
  }
  return assignments;
}

export function useNodeDrag() {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  const [guides, setGuides] = useState<readonly Guide[]>([]);
  // Bands as they were when the drag began: during the drag, a band grows to follow its node.
  const bandsAtStart = useRef<LaneBand[]>([]);
  const dragged = useRef<Set<string>>(new Set());
  const dragging = useRef(false);

  const onNodeDragStart = useCallback(() => {
    const state = store.getState();
    bandsAtStart.current = laneBands(state.document);
    dragged.current = new Set();
    dragging.current = true;
    state.beginGesture();
  }, [store]);

  // Positions a drag reported while the page was busy, applied together: each change of the
  // document re-renders the canvas at once (the store's subscriptions are synchronous) and routes
  // the moved edges again, and a mouse reports several moves per frame, more the slower the frame.
  const pending = useRef<Map<string, Point>>(new Map());
  const cancelFlush = useRef<(() => void) | null>(null);

  const flushDrag = useCallback(() => {
    cancelFlush.current?.();
    cancelFlush.current = null;
    const during = pending.current;
    if (during.size === 0) return;
    pending.current = new Map();
    const state = store.getState();
    if (during.size === 1) {
      const [[id, position]] = [...during.entries()] as [[string, Point]];
      const node = state.document.nodes.find((candidate) => candidate.id === id);
      if (node) {
        const snapped = snapToGuides(position, node, state.document.nodes, GUIDE_THRESHOLD_PX / flow.getZoom());
        during.set(id, snapped.position);
        setGuides(snapped.guides);
      }
    } else {
      setGuides([]);
    }
    for (const id of during.keys()) dragged.current.add(id);
    state.performDuringGesture(dragNodes(during));
  }, [flow, store]);

  useEffect(() => () => cancelFlush.current?.(), []);

  const applyPositionChanges = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      if (isResizing()) return;
      const single = new Map<string, Point>();
      for (const change of changes) {
        if (change.type !== 'position' || !change.position) continue;
        // React Flow reports the drop's position (not dragging any more) just before the drag
        // stops: it is the drag's last move, snapped to the guides like the others. Applied as a
        // move of its own, it took the node off its guide and split the drag into two undo steps.
        if (change.dragging || dragging.current) pending.current.set(change.id, change.position);
        else single.set(change.id, change.position);
      }
      if (single.size > 0) {
        // A move that is not a drag (the drop's own report, a nudge) lands after the drag's last frame.
        flushDrag();
        store.getState().perform(moveNodes(single));
      } else if (pending.current.size > 0 && cancelFlush.current === null) {
        cancelFlush.current = runSoon(flushDrag);
      }
    },
    [flushDrag, store],
  );

  const onNodeDragStop = useCallback(() => {
    flushDrag();
    dragging.current = false;
    const state = store.getState();
    const ids = [...dragged.current];
    state.performDuringGesture(assignLanes(laneAssignments(state.document, ids, bandsAtStart.current)));
    state.performDuringGesture(releaseDraggedNodes(ids));
    state.endGesture();
    setGuides([]);
  }, [flushDrag, store]);

  return { guides, onNodeDragStart, applyPositionChanges, onNodeDragStop };
}
