import { boundingRect, type Rect } from '../geometry/rect';
import { rectOfNode } from '../model/rect';
import type { Direction, SalesDocument } from '../model/types';

export interface ViewTransform {
  x: number;
  y: number;
  zoom: number;
}

export interface Screen {
  width: number;
  height: number;
}

/** Node labels are set at 13 px (styles.css, `.sf-node__label`). */
export const LABEL_PX = 13;
/** Below 11 px on screen a label stops being read and starts being guessed at. */
export const MIN_LABEL_PX = 11;
/** When fitting would make labels unreadable, the view shows part of the diagram at this zoom. */
export const READABLE_ZOOM = 1;
// React Flow's own fitView padding, as the canvas used before: a share of the content's size in all.
const FIT_PADDING = 0.15;
const FIT_MAX_ZOOM = 1.25;
const EDGE_MARGIN = 48;

/** The view that shows all of `content`, centred, with a margin; never above 125%. */
export function fitTransform(content: Rect, screen: Screen, maxZoom = FIT_MAX_ZOOM): ViewTransform {
  const width = Math.max(content.width, 1) * (1 + FIT_PADDING);
  const height = Math.max(content.height, 1) * (1 + FIT_PADDING);
  const zoom = Math.min(screen.width / width, screen.height / height, maxZoom);
  return {
    zoom,
    x: screen.width / 2 - (content.x + content.width / 2) * zoom,
    y: screen.height / 2 - (content.y + content.height / 2) * zoom,
  };
}

/**
 * One rule for opening a document and for after Auto layout: fit everything when labels stay at
 * least 11 px on screen; otherwise show the focus (the start, or the selection) at a readable
 * zoom, placed at the leading edge of the flow so that what follows it fills the view, rather
 * than a long strip squeezed until nothing can be read.
 */
export function openingView(content: Rect, focus: Rect | undefined, screen: Screen, direction: Direction): ViewTransform {
  const fit = fitTransform(content, screen);
  if (fit.zoom * LABEL_PX >= MIN_LABEL_PX || focus === undefined) return fit;
  const zoom = READABLE_ZOOM;
  // A focus larger than the screen is shown from its leading edge; a smaller one is centred across the flow.
  if (direction === 'LR') {
    return { zoom, x: EDGE_MARGIN - focus.x * zoom, y: screen.height / 2 - (focus.y + focus.height / 2) * zoom };
  }
  return { zoom, x: screen.width / 2 - (focus.x + focus.width / 2) * zoom, y: EDGE_MARGIN - focus.y * zoom };
}

/**
 * What the view is about when everything does not fit: the selected nodes, or else the first
 * start along the flow, or else the first node along it.
 */
export function focusOf(document: SalesDocument, selectedIds: readonly string[]): Rect | undefined {
  const selected = new Set(selectedIds);
  const chosen = document.nodes.filter((node) => selected.has(node.id));
  if (chosen.length > 0) return boundingRect(chosen.map(rectOfNode));
  const along = (rect: Rect) => (document.settings.direction === 'LR' ? rect.x : rect.y);
  const candidates = document.nodes.some((node) => node.kind === 'start') ? document.nodes.filter((node) => node.kind === 'start') : document.nodes;
  const first = candidates.map(rectOfNode).sort((a, b) => along(a) - along(b))[0];
  return first;
}

/** The smallest change of view that brings `target` fully into sight with a margin; the same view when it already is. */
export function revealTransform(view: ViewTransform, target: Rect, screen: Screen, margin = EDGE_MARGIN): ViewTransform {
  const left = target.x * view.zoom + view.x;
  const top = target.y * view.zoom + view.y;
  const right = left + target.width * view.zoom;
  const bottom = top + target.height * view.zoom;
  const shift = (start: number, end: number, size: number) => {
    if (end - start > size - 2 * margin) return margin - start;
    if (start < margin) return margin - start;
    if (end > size - margin) return size - margin - end;
    return 0;
  };
  return { zoom: view.zoom, x: view.x + shift(left, right, screen.width), y: view.y + shift(top, bottom, screen.height) };
}
