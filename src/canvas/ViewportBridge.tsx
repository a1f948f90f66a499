import { useEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { boundingRect } from '../geometry/rect';
import { rectOfNode } from '../model/rect';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreProvider';
import { fitTransform, focusOf, openingView, revealTransform } from './viewRule';
import { testSwitchOn } from '../lib/testSwitches';

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
  // The view still owed to the opened document: its opening view, or a fit asked for before the
  // canvas had a size. Any view the user chooses first replaces it, so a late opening view never
  // undoes the user's first zoom.
  const owedView = useRef<'opening' | 'fit' | null>(null);

  useEffect(() => {
    // Read from the element, not from React Flow's size, which waits for a ResizeObserver: right
    // after a panel opens beside the canvas that is still the wider size, and a revealed node
    // would land under the panel.
    const screen = () => {
      const element = flowStore.getState().domNode;
      return element ? { width: element.offsetWidth, height: element.offsetHeight } : { width: 0, height: 0 };
    };
    const chosen = () => {
      owedView.current = null;
    };
    const fitRects = (nodeIds: readonly string[] | null) => {
      const wanted = nodeIds ? new Set(nodeIds) : null;
      const nodes = storeApi.getState().document.nodes.filter((node) => wanted === null || wanted.has(node.id));
      return boundingRect(nodes.map(rectOfNode));
    };
    // React Flow queues a fit requested on an empty canvas until the first node appears, which
    // would zoom in on the first shape dropped; our own transforms have nothing to wait for.
    const fit = (nodeIds: readonly string[] | null) => {
      const content = fitRects(nodeIds);
      const size = screen();
      if (size.width === 0 || size.height === 0) {
        owedView.current = 'fit';
        return;
      }
      chosen();
      if (content) void flow.setViewport(fitTransform(content, size), { duration: 0 });
    };
    storeApi.getState().setViewportControls({
      fitView: () => fit(null),
      fitSelection: () => {
        const selected = storeApi.getState().selection.nodeIds;
        fit(selected.length > 0 ? selected : null);
      },
      // zoomTo keeps the centre of the view where it was, which is what a person expects of "100%".
      actualSize: () => {
        chosen();
        void flow.zoomTo(1, { duration: 0 });
      },
      showDocument: () => {
        chosen();
        const state = storeApi.getState();
        const content = fitRects(null);
        if (!content) return;
        const size = screen();
        // Before React Flow has measured its pane there is no view to fit into: any rule would zoom to 0.
        if (size.width === 0 || size.height === 0) return;
        const view = testSwitchOn('opening-fit')
          ? fitTransform(content, size)
          : openingView(content, focusOf(state.document, state.selection.nodeIds), size, state.document.settings.direction);
        void flow.setViewport(view, { duration: 0 });
      },
      reveal: (nodeId) => {
        chosen();
        const node = storeApi.getState().document.nodes.find((candidate) => candidate.id === nodeId);
        if (!node) return;
        void flow.setViewport(revealTransform(flow.getViewport(), rectOfNode(node), screen()), { duration: 0 });
      },
      zoomIn: () => {
        chosen();
        void flow.zoomIn({ duration: 0 });
      },
      zoomOut: () => {
        chosen();
        void flow.zoomOut({ duration: 0 });
      },
      viewCentre: () => {
        const rect = domNode?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }, { snapToGrid: false });
      },
      centreOn: (point) => void flow.setCenter(point.x, point.y, { zoom: flow.getZoom(), duration: 0 }),
      toCanvasPoint: (client) => flow.screenToFlowPosition(client, { snapToGrid: false }),
      showNodes: (nodeIds, { bottomInset, instant }) => {
        const content = fitRects(nodeIds);
        const { width, height } = screen();
        if (!content || width === 0 || height <= bottomInset) return;
        chosen();
        void flow.setViewport(fitTransform(content, { width, height: height - bottomInset }, STEP_MAX_ZOOM), { duration: instant ? 0 : STEP_GLIDE_MS });
      },
      saveView: () => {
        const saved = flow.getViewport();
        return () => void flow.setViewport(saved, { duration: 0 });
      },
      centerOnNode: (nodeId) => {
        chosen();
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
  const openedDocument = useRef<string | null>(null);
  const measured = useStore((state) => state.width > 0 && state.height > 0);
  useEffect(() => {
    if (openedDocument.current !== documentId) {
      openedDocument.current = documentId;
      owedView.current = 'opening';
    }
    if (!measured) return;
    const frame = requestAnimationFrame(() => {
      const owed = owedView.current;
      const viewport = storeApi.getState().viewport;
      if (owed === 'opening') viewport?.showDocument();
      else if (owed === 'fit') viewport?.fitView();
    });
    return () => cancelAnimationFrame(frame);
  }, [documentId, measured, storeApi]);
  return null;
}
