import { memo, useCallback, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { boundingRect, rectContains, type Rect } from '../../geometry/rect';
import { rectOfNode } from '../../model/rect';
import type { FlowNode, Point } from '../../model/types';
import type { LaneBand } from '../../model/laneBands';
import { useLaneBands } from '../lanes/useLaneBands';
import { useEditor } from '../../store/EditorStoreProvider';
import { useT } from '../../i18n/I18nProvider';
import { minimapNodeColor } from './minimapColor';
import {
  MINIMAP_HEIGHT,
  MINIMAP_WIDTH,
  fittingScale,
  minimapFrame,
  toDiagramPoint,
  transformShowing,
  visibleRect,
  zoomedAboutCentre,
  type MinimapFrame,
  type ViewTransform,
} from './minimapGeometry';

/** The nodes as filled rounded boxes, scaled so that `bounds` fills the canvas. */
function drawNodes(canvas: HTMLCanvasElement, nodes: readonly FlowNode[], bounds: Rect, scale: number): void {
  const context = canvas.getContext('2d');
  if (context === null) return;
  const pixels = (window.devicePixelRatio || 1) / scale;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(pixels, 0, 0, pixels, -bounds.x * pixels, -bounds.y * pixels);
  for (const node of nodes) {
    context.fillStyle = minimapNodeColor(node);
    context.beginPath();
    context.roundRect(node.position.x, node.position.y, node.size.width, node.size.height, Math.min(node.size.width, node.size.height) / 8);
    context.fill();
  }
}

/**
 * The diagram (lane bands and nodes) drawn once, at the scale that fits it, and never repainted while the view moves:
 * the layer above moves and scales it on the compositor (the `sf-minimap__nodes` rule). The nodes
 * are painted on a canvas: 5,000 SVG rectangles were 25,000 elements to style and lay out when a
 * big diagram opened.
 */
interface MinimapDiagramProps {
  nodes: readonly FlowNode[];
  bands: readonly LaneBand[];
  bounds: Rect;
}

const MinimapDiagram = memo(function MinimapDiagram({ nodes, bands, bounds }: MinimapDiagramProps) {
  const scale = fittingScale(bounds);
  const width = bounds.width / scale;
  const height = bounds.height / scale;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvasRef.current !== null) drawNodes(canvasRef.current, nodes, bounds, scale);
  }, [nodes, bounds, scale]);
  const pixels = window.devicePixelRatio || 1;
  return (
    <>
      <svg width={width} height={height} viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`} aria-hidden="true">
        {bands.map((band, index) => (
          <rect
            key={band.laneId ?? 'unassigned'}
            className={`sf-minimap__lane sf-minimap__lane--${index % 2 === 0 ? 'even' : 'odd'}`}
            x={band.rect.x}
            y={band.rect.y}
            width={band.rect.width}
            height={band.rect.height}
          />
        ))}
      </svg>
      <canvas
        ref={canvasRef}
        className="sf-minimap__canvas"
        width={Math.ceil(width * pixels)}
        height={Math.ceil(height * pixels)}
        style={{ width, height }}
        aria-hidden="true"
      />
    </>
  );
});

const selectView = (state: ReactFlowState) => {
  const [x, y, zoom] = state.transform;
  return visibleRect({ x, y, zoom }, state.width, state.height);
};

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

interface MinimapDrag {
  frame: MinimapFrame;
  /** Where in the view rectangle the pointer holds it, in diagram units. */
  grip: Point;
  zoom: number;
}

/**
 * The overview in the canvas's corner: the whole diagram, lanes included, with the part on screen outlined. Drag
 * the outline, or press anywhere to centre the view there; the wheel zooms about the view's
 * centre.
 *
 * React Flow's own MiniMap draws every node and the outline in one SVG, so each pan frame
 * repainted all of them: a third of the raster time of panning a 1,000-node diagram
 * (bench/README.md). Here only the outline is repainted.
 */
export function Minimap() {
  const t = useT();
  const flowStore = useStoreApi();
  const nodes = useEditor((state) => state.document.nodes);
  const bands = useLaneBands();
  const view = useStore(selectView, sameRect);
  const bounds = useMemo(() => boundingRect([...nodes.map(rectOfNode), ...bands.map((band) => band.rect)]), [nodes, bands]);
  const frame = minimapFrame(bounds, view);
  const frameRef = useRef(frame);
  frameRef.current = frame;
  const dragRef = useRef<MinimapDrag | null>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);

  const { setViewport } = useReactFlow();
  const showTransform = useCallback((transform: ViewTransform) => void setViewport(transform, { duration: 0 }), [setViewport]);

  const pointerInMinimap = (event: { clientX: number; clientY: number }): Point => {
    const box = surfaceRef.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const current = frameRef.current;
    const zoom = flowStore.getState().transform[2];
    const point = toDiagramPoint(current, pointerInMinimap(event));
    const inside = rectContains(current.view, point);
    const grip = inside
      ? { x: point.x - current.view.x, y: point.y - current.view.y }
      : { x: current.view.width / 2, y: current.view.height / 2 };
    dragRef.current = { frame: current, grip, zoom };
    if (!inside) showTransform(transformShowing({ x: point.x - grip.x, y: point.y - grip.y }, zoom));
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const drag = dragRef.current;
    if (!drag) return;
    // The drag keeps the mapping it started with: the minimap rescales as the view leaves the
    // diagram, and following that would make the outline run away from the pointer.
    const point = toDiagramPoint(drag.frame, pointerInMinimap(event));
    showTransform(transformShowing({ x: point.x - drag.grip.x, y: point.y - drag.grip.y }, drag.zoom));
  };

  const endDrag = () => {
    dragRef.current = null;
  };

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    // React listens to wheel passively; only a native listener may keep the page from scrolling.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { transform, minZoom, maxZoom } = flowStore.getState();
      const zoom = transform[2];
      const step = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 0.05 : 0.002;
      const nextZoom = Math.min(maxZoom, Math.max(minZoom, zoom * 2 ** (-event.deltaY * step)));
      if (nextZoom !== zoom) showTransform(zoomedAboutCentre(frameRef.current, zoom, nextZoom));
    };
    surface.addEventListener('wheel', onWheel, { passive: false });
    return () => surface.removeEventListener('wheel', onWheel);
  }, [flowStore, showTransform]);

  const { origin, scale } = frame;
  const width = MINIMAP_WIDTH * scale;
  const height = MINIMAP_HEIGHT * scale;
  const outline = `M${origin.x},${origin.y}h${width}v${height}h${-width}z M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  const nodesLayerStyle = bounds
    ? {
        transform: `translate(${(bounds.x - origin.x) / scale}px, ${(bounds.y - origin.y) / scale}px) scale(${fittingScale(bounds) / scale})`,
      }
    : undefined;

  return (
    <Panel position="bottom-right" className="sf-minimap-panel">
      <div
        ref={surfaceRef}
        className="sf-minimap nopan nodrag nowheel"
        role="img"
        aria-label={t('canvas.minimap')}
        style={{ width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        {bounds ? (
          <div className="sf-minimap__nodes" style={nodesLayerStyle}>
            <MinimapDiagram nodes={nodes} bands={bands} bounds={bounds} />
          </div>
        ) : null}
        <svg className="sf-minimap__view" width={MINIMAP_WIDTH} height={MINIMAP_HEIGHT} viewBox={`${origin.x} ${origin.y} ${width} ${height}`} aria-hidden="true">
          <path d={outline} fillRule="evenodd" />
        </svg>
      </div>
    </Panel>
  );
}
