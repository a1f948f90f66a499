// Where the diagram lands on a 16:9 slide: canvas units to EMU (English Metric Units, the unit of
// every OOXML length), fitted inside the slide's margins and centred.

import type { Point } from '../../model/types';
import type { Rect } from '../../geometry/rect';

/** 13.333 in × 7.5 in: PowerPoint's "Widescreen" size. */
export const SLIDE_WIDTH = 12_192_000;
export const SLIDE_HEIGHT = 6_858_000;
/** One CSS pixel, which is what a canvas unit is on screen at 100%. */
export const EMU_PER_PX = 9_525;
export const EMU_PER_PT = 12_700;
const MARGIN = 457_200;
/** A step with two small nodes would otherwise fill the slide with boxes four times their size. */
const MAX_ZOOM = 2;

export interface SlideFrame {
  /** EMU per canvas unit. */
  scale: number;
  /** The slide position, in EMU, of canvas point (0, 0). */
  originX: number;
  originY: number;
}

/** Fits `bounds` into the slide below `top` (EMU kept free for a title). */
export function fitToSlide(bounds: Rect, top = 0): SlideFrame {
  const width = SLIDE_WIDTH - 2 * MARGIN;
  const height = SLIDE_HEIGHT - 2 * MARGIN - top;
  const scale = Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1), MAX_ZOOM * EMU_PER_PX);
  return {
    scale,
    originX: MARGIN + (width - bounds.width * scale) / 2 - bounds.x * scale,
    originY: MARGIN + top + (height - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

export function toEmu(frame: SlideFrame, point: Point): Point {
  return { x: Math.round(frame.originX + point.x * frame.scale), y: Math.round(frame.originY + point.y * frame.scale) };
}

/** A length in canvas units as EMU, never below one so that PowerPoint keeps the shape. */
export function lengthEmu(frame: SlideFrame, length: number): number {
  return Math.max(1, Math.round(length * frame.scale));
}

/** A font size in canvas pixels as OOXML's hundredths of a point, at the slide's zoom. */
export function fontSizeOf(frame: SlideFrame, px: number): number {
  return Math.max(100, Math.round(((px * frame.scale) / EMU_PER_PT) * 100));
}
