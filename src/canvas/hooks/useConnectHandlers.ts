import { useCallback, useRef } from 'react';
import type { FinalConnectionState, HandleType, IsValidConnection } from '@xyflow/react';
import { connect as connectNodes, reconnect } from '../../model/operations';
import type { EdgeEnds } from '../../model/graph';
import { dropTargetSide } from '../../model/attachSide';
import type { FlowEdge, HandleSide, SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { isHandleSide } from '../handles';
import type { CanvasEdge } from '../toFlowElements';

export function useConnectHandlers() {
  const store = useEditorStoreApi();
  const t = useT();
  const { context } = useEditorCommands();

  // A decision's first two branches are suggested "Yes" and "No", the labels readers expect.
  const suggestedLabel = useCallback(
    (document: SalesDocument, source: string): string | undefined => {
      const node = document.nodes.find((candidate) => candidate.id === source);
      if (node?.kind !== 'decision') return undefined;
      const branches = document.edges.filter((edge) => edge.source === source).length;
      if (branches === 0) return t('edge.yes');
      if (branches === 1) return t('edge.no');
      return undefined;
    },
    [t],
  );

  const connect = useCallback(
    (source: string, target: string, sourceHandle: HandleSide | undefined, targetHandle: HandleSide | undefined) => {
      const state = store.getState();
      const edge: FlowEdge = { id: context.newId('e'), source, target };
      if (sourceHandle) edge.sourceHandle = sourceHandle;
      if (targetHandle) edge.targetHandle = targetHandle;
      const label = suggestedLabel(state.document, source);
      if (label) edge.label = label;
      state.perform(connectNodes(edge));
    },
    [store, suggestedLabel, context],
  );

  /**
   * Where a connector was let go: on a handle, that handle; anywhere on a node's body, the side
   * facing the node at the other end (draw.io's habit), even when React Flow's connection radius
   * caught a handle on the far side, since an edge to the far side runs under the node with its
   * arrow pointing back; outside every node but near a handle, the handle the radius found.
   */
  const dropPlace = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState, otherEnd: string): { node: string; side: HandleSide | undefined } | null => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
      const handle = element?.closest('.react-flow__handle');
      const handleNode = handle?.getAttribute('data-nodeid');
      const handleSide = handle?.getAttribute('data-handleid');
      if (handleNode && isHandleSide(handleSide)) return { node: handleNode, side: handleSide };
      const bodyNode = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (bodyNode) return { node: bodyNode, side: dropTargetSide(store.getState().document, otherEnd, bodyNode) };
      if (connection.isValid && connection.toNode && isHandleSide(connection.toHandle?.id)) return { node: connection.toNode.id, side: connection.toHandle.id };
      return null;
    },
    [store],
  );

  /** The edge whose end is being dragged, and which end: set from the drag's start to its end. */
  const reconnecting = useRef<{ edge: CanvasEdge; end: 'source' | 'target' } | null>(null);

  const onReconnectStart = useCallback((_event: unknown, edge: CanvasEdge, fixedEnd: HandleType) => {
    reconnecting.current = { edge, end: fixedEnd === 'source' ? 'target' : 'source' };
  }, []);

  const onReconnectEnd = useCallback(() => {
    reconnecting.current = null;
  }, []);

  // React Flow draws an edge's end anchors only when it is given onReconnect; it calls it for a
  // drop on a handle only, so the move itself is made in onConnectEnd, for every kind of drop.
  const onReconnect = useCallback(() => undefined, []);

  /**
   * Every connection is made or moved here, when the drag ends, because only then is the pointer
   * known. React Flow ends a drag of an edge's end here too (before onReconnectEnd), so a moved end
   * takes the same rules as a new connector, and no second edge is made beside the moved one. The
   * node the drag started from keeps its end.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (!connection.fromNode) return;
      const fixedNode = connection.fromNode.id;
      const fixedSide = isHandleSide(connection.fromHandle?.id) ? connection.fromHandle.id : undefined;
      const place = dropPlace(event, connection, fixedNode);
      const moving = reconnecting.current;
      reconnecting.current = null;
      if (place === null) return;
      if (moving === null) {
        connect(fixedNode, place.node, fixedSide, place.side);
        return;
      }
      const ends: EdgeEnds =
        moving.end === 'target'
          ? { source: fixedNode, target: place.node, ...(fixedSide ? { sourceHandle: fixedSide } : {}), ...(place.side ? { targetHandle: place.side } : {}) }
          : { source: place.node, target: fixedNode, ...(place.side ? { sourceHandle: place.side } : {}), ...(fixedSide ? { targetHandle: fixedSide } : {}) };
      store.getState().perform(reconnect(moving.edge.id, ends));
    },
    [connect, dropPlace, store],
  );

  const isValidConnection: IsValidConnection<CanvasEdge> = useCallback(
    (connection) => connection.source !== connection.target,
    [],
  );

  return { onConnectEnd, onReconnect, onReconnectStart, onReconnectEnd, isValidConnection };
}
