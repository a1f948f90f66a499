import { boundingRect, type Rect } from '../../geometry/rect';
import type { Point } from '../../model/types';

// Small by default (issue 18): at 1024 px wide a larger map covered the end of the flow.
export const MINIMAP_WIDTH = 160;
export const MINIMAP_HEIGHT = 110;
const PADDING = 6;

/** React Flow's viewport: the screen point of the diagram's origin, and the zoom. */
export interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
}

/** How the minimap maps the diagram: `origin` is the diagram point at its top-left corner. */
export interface MinimapFrame {
  origin: Point;
  /** Diagram units per minimap pixel. */
  scale: number;
  /** The part of the diagram the canvas shows. */
  view: Rect;
}

export function visibleRect(transform: ViewTransform, paneWidth: number, paneHeight: number): Rect {
  return {
    x: -transform.x / transform.zoom,
    y: -transform.y / transform.zoom,
    width: paneWidth / transform.zoom,
    height: paneHeight / transform.zoom,
  };
}

/** The scale at which `rect` just fits the minimap, inside its padding. */
export function fittingScale(rect: Rect): number {
  return Math.max(rect.width / (MINIMAP_WIDTH - 2 * PADDING), rect.height / (MINIMAP_HEIGHT - 2 * PADDING), Number.EPSILON);
}

/** The minimap shows the diagram and the view together, centred, whichever is larger. */
export function minimapFrame(diagram: Rect | undefined, view: Rect): MinimapFrame {
  const world = boundingRect(diagram ? [diagram, view] : [view]) ?? view;
  const scale = fittingScale(world);
  return {
    origin: {
      x: world.x - (MINIMAP_WIDTH * scale - world.width) / 2,
      y: world.y - (MINIMAP_HEIGHT * scale - world.height) / 2,
    },
    scale,
    view,
  };
}

export function toDiagramPoint(frame: MinimapFrame, minimapPoint: Point): Point {
  return { x: frame.origin.x + minimapPoint.x * frame.scale, y: frame.origin.y + minimapPoint.y * frame.scale };
}

/** The viewport whose visible rectangle has its top-left corner at `corner`, at the same zoom. */
export function transformShowing(corner: Point, zoom: number): ViewTransform {
  return { x: -corner.x * zoom, y: -corner.y * zoom, zoom };
}

/** The viewport at `nextZoom` that keeps the centre of the view where it is. */
export function zoomedAboutCentre(frame: MinimapFrame, zoom: number, nextZoom: number): ViewTransform {
  const centre = { x: frame.view.x + frame.view.width / 2, y: frame.view.y + frame.view.height / 2 };
  const ratio = zoom / nextZoom;
  const width = frame.view.width * ratio;
  const height = frame.view.height * ratio;
  return transformShowing({ x: centre.x - width / 2, y: centre.y - height / 2 }, nextZoom);
}
