import { useMemo } from 'react';
import { editEdge, editNode, insertFragment, nodeOfKind } from '../../model/operations';
import { oppositeSide, placeBeside } from '../../model/placement';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import type { CanvasActions } from '../CanvasActions';

const QUICK_ADD_GAP = 80;

export function useCanvasActionsValue(): CanvasActions {
  const store = useEditorStoreApi();
  const t = useT();
  const { context } = useEditorCommands();
  return useMemo<CanvasActions>(
    () => ({
      quickAdd: (nodeId, side) => {
        const state = store.getState();
        const source = state.document.nodes.find((node) => node.id === nodeId);
        if (!source) return;
        const node = nodeOfKind({
          id: context.newId('n'),
          kind: 'stage',
          label: t('newNode.stage'),
          position: placeBeside(state.document.nodes, source, side, 'stage', QUICK_ADD_GAP),
          ...(source.laneId !== undefined ? { laneId: source.laneId } : {}),
        });
        const edge = { id: context.newId('e'), source: nodeId, target: node.id, sourceHandle: side, targetHandle: oppositeSide(side) };
        const result = state.perform(insertFragment({ nodes: [node], edges: [edge] }));
        if (!result.ok) return;
        // The new stage is named next, so typing goes straight into it, and the view follows it
        // the way a text editor follows the caret.
        state.setSelection({ nodeIds: [node.id], edgeIds: [] });
        state.viewport?.reveal(node.id);
        state.setEditingNode(node.id);
      },
      commitNodeLabel: (nodeId, label) => {
        const state = store.getState();
        state.setEditingNode(null);
        state.perform(editNode(nodeId, { label }));
      },
      editEdgeLabel: (edgeId) => store.getState().setEditingEdge(edgeId),
      commitEdgeLabel: (edgeId, label) => {
        const state = store.getState();
        state.setEditingEdge(null);
        const trimmed = label.trim();
        state.perform(editEdge(edgeId, { label: trimmed === '' ? undefined : trimmed }));
      },
      stopEditing: () => {
        store.getState().setEditingNode(null);
      },
    }),
    [store, t, context],
  );
}
