import { useCallback, useRef, useState } from 'react';
import { useReactFlow, type NodeChange } from '@xyflow/react';
import { snapToGuides, type Guide } from '../../model/alignmentGuides';
import { assignLanes, dragNodes, moveNodes, releaseDraggedNodes } from '../../model/operations';
import { bandAt, laneBands, type LaneBand } from '../../model/laneBands';
import type { Point, SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import type { CanvasNode } from '../toFlowElements';
import { isResizing } from './useResizeHandlers';

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

  const onNodeDragStart = useCallback(() => {
    const state = store.getState();
    bandsAtStart.current = laneBands(state.document);
    dragged.current = new Set();
    state.beginGesture();
  }, [store]);

  const applyPositionChanges = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      if (isResizing()) return;
      const state = store.getState();
      const during = new Map<string, Point>();
      const single = new Map<string, Point>();
      for (const change of changes) {
        if (change.type !== 'position' || !change.position) continue;
        (change.dragging ? during : single).set(change.id, change.position);
      }
      if (during.size === 1) {
        const [[id, position]] = [...during.entries()] as [[string, Point]];
        const node = state.document.nodes.find((candidate) => candidate.id === id);
        if (node) {
          const snapped = snapToGuides(position, node, state.document.nodes, GUIDE_THRESHOLD_PX / flow.getZoom());
          during.set(id, snapped.position);
          setGuides(snapped.guides);
        }
      } else if (during.size > 1) {
        setGuides([]);
      }
      for (const id of during.keys()) dragged.current.add(id);
      if (during.size > 0) state.performDuringGesture(dragNodes(during));
      if (single.size > 0) state.perform(moveNodes(single));
    },
    [flow, store],
  );

  const onNodeDragStop = useCallback(() => {
    const state = store.getState();
    const ids = [...dragged.current];
    state.performDuringGesture(assignLanes(laneAssignments(state.document, ids, bandsAtStart.current)));
    state.performDuringGesture(releaseDraggedNodes(ids));
    state.endGesture();
    setGuides([]);
  }, [store]);

  return { guides, onNodeDragStart, applyPositionChanges, onNodeDragStop };
}
