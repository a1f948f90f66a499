import { useEffect } from 'react';
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { boundingRect } from '../geometry/rect';
import { rectOfNode } from '../model/rect';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreProvider';
import { fitTransform, focusOf, openingView, revealTransform } from './viewRule';

const selectZoomPercent = (state: ReactFlowState) => Math.round(state.transform[2] * 100);

/** A walkthrough step is shown large enough to read from the back of a room, but not blown up. */
const STEP_MAX_ZOOM = 2;
const STEP_GLIDE_MS = 450;

/** Lends the view's controls (fit, zoom, reveal a node) to the store, and tells it the zoom for the read-out. */
export function ViewportBridge() {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const storeApi = useEditorStoreApi();
  const domNode = useStore((state) => state.domNode);
  const zoomPercent = useStore(selectZoomPercent);

  useEffect(() => storeApi.getState().setZoomPercent(zoomPercent), [storeApi, zoomPercent]);

  useEffect(() => {
    const screen = () => ({ width: flowStore.getState().width, height: flowStore.getState().height });
    const fitRects = (nodeIds: readonly string[] | null) => {
      const wanted = nodeIds ? new Set(nodeIds) : null;
      const nodes = storeApi.getState().document.nodes.filter((node) => wanted === null || wanted.has(node.id));
      return boundingRect(nodes.map(rectOfNode));
    };
    // React Flow queues a fit requested on an empty canvas until the first node appears, which
    // would zoom in on the first shape dropped; our own transforms have nothing to wait for.
    const fit = (nodeIds: readonly string[] | null) => {
      const content = fitRects(nodeIds);
      if (content) void flow.setViewport(fitTransform(content, screen()), { duration: 0 });
    };
    storeApi.getState().setViewportControls({
      fitView: () => fit(null),
      fitSelection: () => {
        const selected = storeApi.getState().selection.nodeIds;
        fit(selected.length > 0 ? selected : null);
      },
      // zoomTo keeps the centre of the view where it was, which is what a person expects of "100%".
      actualSize: () => void flow.zoomTo(1, { duration: 0 }),
      showDocument: () => {
        const state = storeApi.getState();
        const content = fitRects(null);
        if (!content) return;
        const size = screen();
        // Before React Flow has measured its pane there is no view to fit into: any rule would zoom to 0.
        if (size.width === 0 || size.height === 0) return;
        const view = openingView(content, focusOf(state.document, state.selection.nodeIds), size, state.document.settings.direction);
        void flow.setViewport(view, { duration: 0 });
      },
      reveal: (nodeId) => {
        const node = storeApi.getState().document.nodes.find((candidate) => candidate.id === nodeId);
        if (!node) return;
        void flow.setViewport(revealTransform(flow.getViewport(), rectOfNode(node), screen()), { duration: 0 });
      },
      zoomIn: () => void flow.zoomIn({ duration: 0 }),
      zoomOut: () => void flow.zoomOut({ duration: 0 }),
      viewCentre: () => {
        const rect = domNode?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, { snapToGrid: false });
      },
      showNodes: (nodeIds, { bottomInset, instant }) => {
        const content = fitRects(nodeIds);
        const { width, height } = screen();
        if (!content || width === 0 || height <= bottomInset) return;
        void flow.setViewport(fitTransform(content, { width, height: height - bottomInset }, STEP_MAX_ZOOM), { duration: instant ? 0 : STEP_GLIDE_MS });
      },
      saveView: () => {
        const saved = flow.getViewport();
        return () => void flow.setViewport(saved, { duration: 0 });
      },
      centerOnNode: (nodeId) => {
        const node = storeApi.getState().document.nodes.find((candidate) => candidate.id === nodeId);
        if (!node) return;
        const centre = { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
        void flow.setCenter(centre.x, centre.y, { zoom: Math.max(flow.getZoom(), 1), duration: 0 });
      },
    });
    return () => storeApi.getState().setViewportControls(null);
  }, [flow, flowStore, storeApi, domNode]);

  // Each opened document starts with the opening view, once the canvas knows its size.
  const documentId = useEditor((state) => state.document.id);
  const measured = useStore((state) => state.width > 0 && state.height > 0);
  useEffect(() => {
    if (!measured) return;
    const frame = requestAnimationFrame(() => storeApi.getState().viewport?.showDocument());
    return () => cancelAnimationFrame(frame);
  }, [documentId, measured, storeApi]);
  return null;
}
