import { useCallback } from 'react';
import { useReactFlow, type Connection, type FinalConnectionState, type IsValidConnection } from '@xyflow/react';
import { addEdge, checkConnection, reconnectEdge } from '../../model/graph';
import { nearestSide } from '../../model/shapes';
import type { ConnectError } from '../../model/errors';
import type { FlowEdge, HandleSide, SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { createId } from '../../lib/ids';
import { isHandleSide } from '../handles';
import type { CanvasEdge } from '../toFlowElements';

function noticeFor(error: ConnectError) {
  if (error.code === 'self-loop') return { key: 'notice.selfLoop', tone: 'error' } as const;
  if (error.code === 'duplicate-edge') return { key: 'notice.duplicateEdge', tone: 'error' } as const;
  return null;
}

export function useConnectHandlers() {
  const store = useEditorStoreApi();
  const flow = useReactFlow();
  const t = useT();

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
      const refused = checkConnection(state.document, source, target);
      if (refused) {
        const notice = noticeFor(refused);
        if (notice) state.notify(notice);
        return;
      }
      const id = createId('e');
      state.apply((document) => {
        const edge: FlowEdge = { id, source, target };
        if (sourceHandle) edge.sourceHandle = sourceHandle;
        if (targetHandle) edge.targetHandle = targetHandle;
        const label = suggestedLabel(document, source);
        if (label) edge.label = label;
        const result = addEdge(document, edge);
        return result.ok ? result.value : document;
      });
    },
    [store, suggestedLabel],
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
      const state = store.getState();
      const result = reconnectEdge(state.document, oldEdge.id, {
        source: connection.source,
        target: connection.target,
        ...(isHandleSide(connection.sourceHandle) ? { sourceHandle: connection.sourceHandle } : {}),
        ...(isHandleSide(connection.targetHandle) ? { targetHandle: connection.targetHandle } : {}),
      });
      if (!result.ok) {
        const notice = noticeFor(result.error);
        if (notice) state.notify(notice);
        return;
      }
      state.apply(() => result.value);
    },
    [store],
  );

  const isValidConnection: IsValidConnection<CanvasEdge> = useCallback(
    (connection) => connection.source !== connection.target,
    [],
  );

  return { onConnect, onConnectEnd, onReconnect, isValidConnection };
}
