import { useCallback } from 'react';
import type { Connection, FinalConnectionState, IsValidConnection } from '@xyflow/react';
import { connect as connectNodes, reconnect } from '../../model/operations';
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
   * Every new connection is made here, when the drag ends, because only then is the pointer known.
   * Dropped on a handle, it takes that handle. Dropped anywhere on a node's body, it attaches to the
   * side facing the source (draw.io's habit), even when React Flow's connection radius caught a
   * handle on the far side: an edge to the far side runs under the node, its arrow pointing back.
   * The source is always the node the drag started from.
   */
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (!connection.fromNode) return;
      const sourceId = connection.fromNode.id;
      const fromSide = isHandleSide(connection.fromHandle?.id) ? connection.fromHandle.id : undefined;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const element = point ? document.elementFromPoint(point.clientX, point.clientY) : null;
      const handle = element?.closest('.react-flow__handle');
      const handleNode = handle?.getAttribute('data-nodeid');
      const handleSide = handle?.getAttribute('data-handleid');
      if (handleNode && isHandleSide(handleSide)) {
        connect(sourceId, handleNode, fromSide, handleSide);
        return;
      }
      const bodyNode = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (bodyNode) {
        connect(sourceId, bodyNode, fromSide, dropTargetSide(store.getState().document, sourceId, bodyNode));
        return;
      }
      // Near a handle but outside every node: React Flow's connection radius found the handle aimed at.
      if (connection.isValid && connection.toNode && isHandleSide(connection.toHandle?.id)) {
        connect(sourceId, connection.toNode.id, fromSide, connection.toHandle.id);
      }
    },
    [connect, store],
  );

  const onReconnect = useCallback(
    (oldEdge: CanvasEdge, connection: Connection) => {
      store.getState().perform(
        reconnect(oldEdge.id, {
          source: connection.source,
          target: connection.target,
          ...(isHandleSide(connection.sourceHandle) ? { sourceHandle: connection.sourceHandle } : {}),
          ...(isHandleSide(connection.targetHandle) ? { targetHandle: connection.targetHandle } : {}),
        }),
      );
    },
    [store],
  );

  const isValidConnection: IsValidConnection<CanvasEdge> = useCallback(
    (connection) => connection.source !== connection.target,
    [],
  );

  return { onConnectEnd, onReconnect, isValidConnection };
}
