import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import {
  ConnectionLineType,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  SelectionMode,
  useKeyPress,
  useStore,
  type AriaLabelConfig,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useShallow } from 'zustand/react/shallow';
import type { Theme } from '../model/shapes';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';
import { FlowEdgeView } from './edges/FlowEdgeView';
import { FlowNodeView } from './nodes/FlowNodeView';
import { useEdgeGeometry } from './hooks/useEdgeGeometry';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { EdgeGeometryContext, EdgeGeometryStore } from './edges/edgeGeometryStore';
import { keepIfUnchanged, toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './toFlowElements';
import { DetailContext, isCoarseZoom, isDetailedZoom, isSmallDiagram } from './detail';
import { Minimap } from './minimap/Minimap';
import { CanvasThemeContext } from './CanvasThemeContext';
import { CanvasActionsContext } from './CanvasActions';
import { DotGrid } from './DotGrid';
import { ViewportBridge } from './ViewportBridge';
import { firstScreenShown } from '../lib/firstScreen';
import { LaneLayer } from './lanes/LaneLayer';
import { AlignmentGuides } from './AlignmentGuides';
import { PeerLayer } from './PeerLayer';
import type { FlowEdge, FlowNode, NodeKind } from '../model/types';
import { CanvasContextMenu, type ContextMenuState, type ContextMenuTarget } from './CanvasContextMenu';
import { useCanvasActionsValue } from './hooks/useCanvasActionsValue';
import { useConnectHandlers } from './hooks/useConnectHandlers';
import { useNodeDrag } from './hooks/useNodeDrag';
import { usePaletteDrop } from './hooks/usePaletteDrop';
import { usePointerCapture } from './hooks/usePointerCapture';
import { useSidewaysScroll } from './hooks/useSidewaysScroll';
import { useViewPreference } from '../store/viewPreferences';
import { useKeyboardNavigation } from './keyboard/useKeyboardNavigation';

// Module scope, so React Flow never sees new type maps (its performance guide). Keyed by every
// kind, so a new kind that has no view fails to compile instead of drawing React Flow's default.
const nodeTypes: Record<NodeKind, typeof FlowNodeView> = {
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
// Left drag on the empty canvas draws a selection box (draw.io's habit); the middle button or
// Space with a drag pans.
const PAN_BUTTONS = [1];
// While Space is held, no element is marked "no pan" (React Flow marks draggable nodes, edges
// and handles so): a drag that starts over a node pans the view instead of moving the node.
const NO_PAN = 'nopan';
const NO_PAN_WHILE_SPACE = 'sf-nopan-off';
const DELETE_KEYS = null;
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };
const NO_NODES: CanvasNode[] = [];
const NO_EDGES: CanvasEdge[] = [];
const NO_DOCUMENT_NODES: FlowNode[] = [];
const NO_DOCUMENT_EDGES: FlowEdge[] = [];

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
      'controls.fitView.ariaLabel': t('command.fitView'),
      'controls.interactive.ariaLabel': t('canvas.controls'),
      'handle.ariaLabel': t('canvas.handle'),
    }),
    [t],
  );
}

function EmptyHint() {
  const t = useT();
  const empty = useEditor((state) => state.document.nodes.length === 0);
  if (!empty) return null;
  return <p className="sf-canvas-hint">{t('canvas.emptyHint')}</p>;
}

interface FlowCanvasProps {
  theme: Theme;
  /**
   * The canvas is a walkthrough's stage. Nodes are then drawn in full whatever the zoom: a glide
   * between two steps zooms out on its way, and switching every node to a plain box and back cost
   * a 125 ms frame per step on a 1,000-node diagram. The minimap, hidden under the deck, is not
   * drawn at all (it followed every frame of the glide).
   */
  presenting: boolean;
}

function FlowCanvasInner({ theme, presenting }: FlowCanvasProps) {
  const t = useT();
  const ariaLabelConfig = useAriaLabels();
  const storeApi = useEditorStoreApi();
  const actions = useCanvasActionsValue();
  const { onConnectEnd, onReconnect, onReconnectStart, onReconnectEnd, isValidConnection } = useConnectHandlers();
  const { guides, onNodeDragStart, applyPositionChanges, onNodeDragStop } = useNodeDrag();
  const { onDragOver, onDrop } = usePaletteDrop();
  usePointerCapture();
  const wheelMode = useViewPreference('wheelMode');
  useSidewaysScroll(wheelMode === 'zoom');
  const spaceHeld = useKeyPress('Space');
  const showMinimap = useViewPreference('minimap');
  const keyboard = useKeyboardNavigation();
  const [menu, setMenu] = useState<ContextMenuState | null>(null);
  const { documentNodes, documentEdges, gridSize, snapToGrid } = useEditor(
    useShallow((state) => ({
      documentNodes: state.document.nodes,
      documentEdges: state.document.edges,
      gridSize: state.document.settings.gridSize,
      snapToGrid: state.document.settings.snapToGrid,
    })),
  );
  const selection = useEditor((state) => state.selection);
  const readOnly = useEditor((state) => state.readOnly);
  const editingNodeId = useEditor((state) => state.editingNodeId);
  const editingEdgeId = useEditor((state) => state.editingEdgeId);
  const highlightedNodeIds = useEditor((state) => state.highlightedNodeIds);
  // The diagram enters the canvas once the canvas stands at its opening view: React Flow's first
  // frame is at 100% on the origin, and its own measure of its size comes a frame or two later, so
  // a big diagram was drawn at a view nobody asked for, then drawn again where it opens. By this
  // effect (after React Flow's own, its children's) the pane exists and has its size.
  const [placed, setPlaced] = useState(false);
  useEffect(() => {
    storeApi.getState().viewport?.showDocument();
    setPlaced(true);
  }, [storeApi]);
  useEffect(() => {
    if (placed) firstScreenShown();
  }, [placed]);
  const smallDiagram = useEditor((state) => isSmallDiagram(state.document.nodes.length));
  const detailedAtThisZoom = useStore(isDetailedZoom) || smallDiagram;
  const detailed = presenting || detailedAtThisZoom;
  const previousEdges = useRef<CanvasEdge[] | null>(null);
  const nodeAttributes = useMemo(() => ({ 'aria-roledescription': t('canvas.roleNode') }), [t]);
  const edgeWording = useMemo(
    () => ({ roleDescription: t('canvas.roleEdge'), describe: (from: string, to: string) => t('canvas.edgeName', { from, to }) }),
    [t],
  );

  const nodes = useMemo(
    () =>
      toCanvasNodes(documentNodes, {
        selectedIds: new Set(selection.nodeIds),
        editingId: editingNodeId,
        highlightedIds: new Set(highlightedNodeIds),
        attributes: nodeAttributes,
      }),
    [documentNodes, selection.nodeIds, editingNodeId, highlightedNodeIds, nodeAttributes],
  );
  // Dragging a node changes no edge but the ones touching it; keeping the array itself when
  // nothing in it changed spares React Flow a rebuild of its edge lookups on every pointer move.
  const coarse = useStore(isCoarseZoom) && !smallDiagram && !presenting;
  // Nothing is routed before the view is placed (above): the zoom it opens at decides how.
  const geometry = useEdgeGeometry(placed ? documentNodes : NO_DOCUMENT_NODES, placed ? documentEdges : NO_DOCUMENT_EDGES, coarse);
  const [geometryStore] = useState(() => new EdgeGeometryStore());
  // Before paint, so that a moved node and its edges are drawn in the same frame.
  useLayoutEffect(() => geometryStore.publish(geometry), [geometryStore, geometry]);
  // The sides React Flow's edges report serve only its reconnect anchors (edges draw our routes):
  // during a gesture they wait for the drop, read from the nodes as the gesture found them, since
  // each new edges array costs React Flow a rebuild of its connection lookup.
  const edgeEndNodes = useEditor((state) => state.gestureStart?.nodes ?? state.document.nodes);
  const edges = useMemo(() => {
    const next = keepIfUnchanged(
      previousEdges.current,
      toCanvasEdges(documentEdges, edgeEndNodes, new Set(selection.edgeIds), editingEdgeId, edgeWording),
    );
    previousEdges.current = next;
    return next;
  }, [documentEdges, edgeEndNodes, selection.edgeIds, editingEdgeId, edgeWording]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      applyPositionChanges(changes);
      const state = storeApi.getState();
      const selected = new Set(state.selection.nodeIds);
      let selectionChanged = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selectionChanged = true;
        if (change.selected) selected.add(change.id);
        else selected.delete(change.id);
      }
      if (selectionChanged) state.setSelection({ nodeIds: [...selected], edgeIds: storeApi.getState().selection.edgeIds });
    },
    [applyPositionChanges, storeApi],
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

  const openMenu = useCallback(
    (target: ContextMenuTarget) => (event: ReactMouseEvent | MouseEvent, element?: { id: string }) => {
      event.preventDefault();
      const state = storeApi.getState();
      if (target === 'node' && element && !state.selection.nodeIds.includes(element.id)) {
        state.setSelection({ nodeIds: [element.id], edgeIds: [] });
      }
      if (target === 'edge' && element && !state.selection.edgeIds.includes(element.id)) {
        state.setSelection({ nodeIds: [], edgeIds: [element.id] });
      }
      setMenu({ target, x: event.clientX, y: event.clientY });
    },
    [storeApi],
  );
  const onNodeContextMenu = useMemo(() => openMenu('node'), [openMenu]);
  const onEdgeContextMenu = useMemo(() => openMenu('edge'), [openMenu]);
  const onPaneContextMenu = useMemo(() => openMenu('pane'), [openMenu]);
  // Every prop React Flow gets keeps its identity across a drag's frames: a new handler reaches
  // each of the 1,000 node or edge wrappers as a new prop and re-renders them all, and a new snap
  // grid is a store update that runs every wrapper's selectors (bench/README.md).
  const onNodeDoubleClick = useCallback((_event: ReactMouseEvent, node: CanvasNode) => storeApi.getState().setEditingNode(node.id), [storeApi]);
  const onEdgeDoubleClick = useCallback((_event: ReactMouseEvent, edge: CanvasEdge) => storeApi.getState().setEditingEdge(edge.id), [storeApi]);
  const snapGrid = useMemo((): [number, number] => [gridSize, gridSize], [gridSize]);
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <CanvasThemeContext.Provider value={theme}>
      <DetailContext.Provider value={detailed}>
      <CanvasActionsContext.Provider value={actions}>
      <EdgeGeometryContext.Provider value={geometryStore}>
        <EdgeMarkers />
        {/* The canvas's one tab stop: it hands the focus on to a node (keyboard/useKeyboardNavigation.ts). */}
        <button type="button" className="sf-visually-hidden" onFocus={keyboard.onEntryFocus}>
          {t('canvas.nodeFocus')}
        </button>
        <ReactFlow<CanvasNode, CanvasEdge>
          onKeyDown={keyboard.onKeyDown}
          onPointerDownCapture={keyboard.onPointerDownCapture}
          nodes={placed ? nodes : NO_NODES}
          edges={placed ? edges : NO_EDGES}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnectEnd={onConnectEnd}
          onReconnect={onReconnect}
          onReconnectStart={onReconnectStart}
          onReconnectEnd={onReconnectEnd}
          isValidConnection={isValidConnection}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onNodeDoubleClick={onNodeDoubleClick}
          onEdgeDoubleClick={onEdgeDoubleClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onDragOver={onDragOver}
          onDrop={onDrop}
          connectionMode={ConnectionMode.Loose}
          connectionLineType={ConnectionLineType.SmoothStep}
          connectionRadius={30}
          snapToGrid={snapToGrid}
          snapGrid={snapGrid}
          colorMode={theme}
          ariaLabelConfig={ariaLabelConfig}
          aria-label={t('canvas.label')}
          minZoom={0.02}
          maxZoom={4}
          proOptions={PRO_OPTIONS}
          deleteKeyCode={DELETE_KEYS}
          selectionKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          selectionOnDrag
          selectionMode={SelectionMode.Partial}
          panOnDrag={PAN_BUTTONS}
          panActivationKeyCode="Space"
          zoomOnDoubleClick={false}
          disableKeyboardA11y
          nodesFocusable={false}
          onlyRenderVisibleElements={detailed}
          zoomOnScroll={wheelMode === 'zoom'}
          panOnScroll={wheelMode === 'scroll'}
          noPanClassName={spaceHeld ? NO_PAN_WHILE_SPACE : NO_PAN}
          className={[readOnly ? 'sf-read-only' : '', spaceHeld ? 'sf-space-pan' : '', detailed ? '' : 'sf-far'].join(' ').trim() || undefined}
          nodesDraggable={!readOnly && !spaceHeld}
          // Zoomed out on a large diagram a node is a few pixels across and its handles would cover
          // it: a press there moves the node, as it does in draw.io; connecting waits for a zoom in.
          nodesConnectable={!readOnly && !spaceHeld && detailed}
          edgesReconnectable={!readOnly && !spaceHeld}
        >
          <DotGrid gap={gridSize} />
          <LaneLayer />
          <AlignmentGuides guides={guides} />
          <PeerLayer />
          {/* Zoomed out on a large diagram the canvas is its own overview, and the minimap's
              outline, repainted as the view moves, would be the one thing left to paint. */}
          {detailed && showMinimap && !presenting ? <Minimap /> : null}
          <Controls showFitView={false} showInteractive={false} />
          <ViewportBridge />
        </ReactFlow>
        <EmptyHint />
        {menu ? <CanvasContextMenu menu={menu} onClose={closeMenu} /> : null}
      </EdgeGeometryContext.Provider>
      </CanvasActionsContext.Provider>
      </DetailContext.Provider>
    </CanvasThemeContext.Provider>
  );
}

export function FlowCanvas({ theme, presenting }: FlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvasInner theme={theme} presenting={presenting} />
    </ReactFlowProvider>
  );
}
