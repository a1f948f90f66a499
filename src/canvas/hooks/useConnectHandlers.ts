import { useCallback } from 'react';
import { useReactFlow, type Connection, type FinalConnectionState, type IsValidConnection } from '@xyflow/react';
import { connect as connectNodes, reconnect } from '../../model/operations';
import { nearestSide } from '../../model/shapes';
import type { FlowEdge, HandleSide, SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { isHandleSide } from '../handles';
import type { CanvasEdge } from '../toFlowElements';

export function useConnectHandlers() {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
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

  const onConnect = useCallback(
    (connection: Connection) => {
      connect(
        connection.source,
        connection.target,
        isHandleSide(connection.sourceHandle) ? connection.sourceHandle : undefined,
        isHandleSide(connection.targetHandle) ? connection.targetHandle : undefined,
      );
    },
    [connect],
  );

  // Dropping a connection on a node's body, not on a handle, connects to the nearest side.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, connection: FinalConnectionState) => {
      if (connection.isValid || !connection.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const element = document.elementFromPoint(point.clientX, point.clientY);
      const targetId = element?.closest('.react-flow__node')?.getAttribute('data-id');
      if (!targetId) return;
      const target = store.getState().document.nodes.find((node) => node.id === targetId);
      if (!target) return;
      const fromSide = isHandleSide(connection.fromHandle?.id) ? connection.fromHandle.id : undefined;
      const flowPoint = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }, { snapToGrid: false });
      connect(connection.fromNode.id, targetId, fromSide, nearestSide(target, flowPoint));
    },
    [connect, flow, store],
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

  return { onConnect, onConnectEnd, onReconnect, isValidConnection };
}
