import { useMemo } from 'react';
import { addEdge, addNode, updateEdge, updateNode } from '../../model/graph';
import { defaultSize } from '../../model/kinds';
import { oppositeSide, placeBeside } from '../../model/placement';
import { MAX_NODES } from '../../model/schema';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { createId } from '../../lib/ids';
import type { CanvasActions } from '../CanvasActions';

const QUICK_ADD_GAP = 80;

export function useCanvasActionsValue(): CanvasActions {
  const store = useEditorStoreApi();
  const t = useT();
  return useMemo<CanvasActions>(
    () => ({
      quickAdd: (nodeId, side) => {
        const state = store.getState();
        const source = state.document.nodes.find((node) => node.id === nodeId);
        if (!source || state.document.nodes.length >= MAX_NODES) return;
        const id = createId('n');
        const position = placeBeside(state.document.nodes, source, side, 'stage', QUICK_ADD_GAP);
        state.apply((document) => {
          const withNode = addNode(document, {
            id,
            kind: 'stage',
            label: t('newNode.stage'),
            position,
            size: defaultSize('stage'),
            ...(source.laneId !== undefined ? { laneId: source.laneId } : {}),
          });
          const connected = addEdge(withNode, {
            id: createId('e'),
            source: nodeId,
            target: id,
            sourceHandle: side,
            targetHandle: oppositeSide(side),
          });
          return connected.ok ? connected.value : withNode;
        });
        state.setSelection({ nodeIds: [id], edgeIds: [] });
      },
      commitNodeLabel: (nodeId, label) => {
        const state = store.getState();
        state.setEditingNode(null);
        state.apply((document) => {
          const node = document.nodes.find((candidate) => candidate.id === nodeId);
          return node && node.label !== label ? updateNode(document, nodeId, { label }) : document;
        });
      },
      editEdgeLabel: (edgeId) => store.getState().setEditingEdge(edgeId),
      commitEdgeLabel: (edgeId, label) => {
        const state = store.getState();
        state.setEditingEdge(null);
        const trimmed = label.trim();
        state.apply((document) => {
          const edge = document.edges.find((candidate) => candidate.id === edgeId);
          if (!edge || (edge.label ?? '') === trimmed) return document;
          return updateEdge(document, edgeId, { label: trimmed === '' ? undefined : trimmed });
        });
      },
      stopEditing: () => {
        store.getState().setEditingNode(null);
      },
    }),
    [store, t],
  );
}
