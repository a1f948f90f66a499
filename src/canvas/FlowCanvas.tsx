import { useCallback, useEffect, useMemo } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type AriaLabelConfig,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnDelete,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useShallow } from 'zustand/react/shallow';
import { addEdge, moveNodes, removeEdges, removeNodes } from '../model/graph';
import type { Point } from '../model/types';
import { createId } from '../lib/ids';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';
import { FlowEdgeView } from './edges/FlowEdgeView';
import { FlowNodeView } from './nodes/FlowNodeView';
import { toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './toFlowElements';
import { isHandleSide } from './handles';
import { minimapNodeColor } from './minimapColor';
import { CanvasThemeContext } from './CanvasThemeContext';
import type { Theme } from '../model/shapes';

// Module scope, so React Flow never sees new type maps (its performance guide).
const nodeTypes = {
  start: FlowNodeView,
  end: FlowNodeView,
  stage: FlowNodeView,
  decision: FlowNodeView,
  document: FlowNodeView,
  data: FlowNodeView,
  delay: FlowNodeView,
  subprocess: FlowNodeView,
  note: FlowNodeView,
};
const edgeTypes = { flow: FlowEdgeView };
const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1.25 };

function useAriaLabels(): Partial<AriaLabelConfig> {
  const t = useT();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvas.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('canvas.nodeDescriptionKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('canvas.nodeMoved', { direction, x, y }),
      'edge.a11yDescription.default': t('canvas.edgeDescription'),
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('toolbar.fitView'),
      'controls.interactive.ariaLabel': t('canvas.controls'),
      'minimap.ariaLabel': t('canvas.minimap'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  );
}

function ViewportBridge() {
  const flow = useReactFlow();
  const storeApi = useEditorStoreApi();
  const domNode = useStore((state) => state.domNode);
  useEffect(() => {
    storeApi.getState().setViewportControls({
      fitView: () => void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 0 }),
      zoomIn: () => void flow.zoomIn({ duration: 0 }),
      zoomOut: () => void flow.zoomOut({ duration: 0 }),
      viewCentre: () => {
        const rect = domNode?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
      centerOnNode: (nodeId) => {
        const node = storeApi.getState().document.nodes.find((candidate) => candidate.id === nodeId);
        if (!node) return;
        const centre = { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
        void flow.setCenter(centre.x, centre.y, { zoom: Math.max(flow.getZoom(), 1), duration: 0 });
      },
    });
    return () => storeApi.getState().setViewportControls(null);
  }, [flow, storeApi, domNode]);
  return null;
}

function FlowCanvasInner({ theme }: { theme: Theme }) {
  const t = useT();
  const ariaLabelConfig = useAriaLabels();
  const storeApi = useEditorStoreApi();
  const { documentNodes, documentEdges, gridSize, snapToGrid } = useEditor(
    useShallow((state) => ({
      documentNodes: state.document.nodes,
      documentEdges: state.document.edges,
      gridSize: state.document.settings.gridSize,
      snapToGrid: state.document.settings.snapToGrid,
    })),
  );
  const selection = useEditor((state) => state.selection);

  const nodes = useMemo(
    () => toCanvasNodes(documentNodes, new Set(selection.nodeIds)),
    [documentNodes, selection.nodeIds],
  );
  const edges = useMemo(
    () => toCanvasEdges(documentEdges, documentNodes, new Set(selection.edgeIds)),
    [documentEdges, documentNodes, selection.edgeIds],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const state = storeApi.getState();
      const dragged = new Map<string, Point>();
      const moved = new Map<string, Point>();
      const selected = new Set(state.selection.nodeIds);
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          (change.dragging ? dragged : moved).set(change.id, change.position);
        } else if (change.type === 'select') {
          selectionChanged = true;
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (dragged.size > 0) state.applyDuringGesture((document) => moveNodes(document, dragged));
      if (moved.size > 0) state.apply((document) => moveNodes(document, moved));
      if (selectionChanged) state.setSelection({ nodeIds: [...selected], edgeIds: state.selection.edgeIds });
    },
    [storeApi],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<CanvasEdge>[]) => {
      const state = storeApi.getState();
      const selected = new Set(state.selection.edgeIds);
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selectionChanged = true;
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      if (selectionChanged) state.setSelection({ nodeIds: state.selection.nodeIds, edgeIds: [...selected] });
    },
    [storeApi],
  );

  const onDelete: OnDelete<CanvasNode, CanvasEdge> = useCallback(
    ({ nodes: deletedNodes, edges: deletedEdges }) => {
      const nodeIds = deletedNodes.map((node) => node.id);
      const edgeIds = deletedEdges.map((edge) => edge.id);
      storeApi.getState().apply((document) => removeEdges(removeNodes(document, nodeIds), edgeIds));
    },
    [storeApi],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      storeApi.getState().apply((document) => {
        const result = addEdge(document, {
          id: createId('e'),
          source: connection.source,
          target: connection.target,
          ...(isHandleSide(connection.sourceHandle) ? { sourceHandle: connection.sourceHandle } : {}),
          ...(isHandleSide(connection.targetHandle) ? { targetHandle: connection.targetHandle } : {}),
        });
        return result.ok ? result.value : document;
      });
    },
    [storeApi],
  );

  const onNodeDragStop = useCallback(() => storeApi.getState().endGesture(), [storeApi]);

  return (
    <CanvasThemeContext.Provider value={theme}>
    <ReactFlow<CanvasNode, CanvasEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onDelete={onDelete}
      onConnect={onConnect}
      onNodeDragStop={onNodeDragStop}
      connectionMode={ConnectionMode.Loose}
      snapToGrid={snapToGrid}
      snapGrid={[gridSize, gridSize]}
      colorMode={theme}
      ariaLabelConfig={ariaLabelConfig}
      aria-label={t('canvas.label')}
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.05}
      maxZoom={4}
      proOptions={{ hideAttribution: true }}
      deleteKeyCode={['Delete', 'Backspace']}
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
    >
      <Background variant={BackgroundVariant.Dots} gap={gridSize} size={1.2} />
      <MiniMap pannable zoomable nodeColor={minimapNodeColor} ariaLabel={t('canvas.minimap')} />
      <Controls showFitView={false} showInteractive={false} />
      <ViewportBridge />
    </ReactFlow>
    </CanvasThemeContext.Provider>
  );
}

export function FlowCanvas({ theme }: { theme: Theme }) {
  return (
    <ReactFlowProvider>
      <FlowCanvasInner theme={theme} />
    </ReactFlowProvider>
  );
}
