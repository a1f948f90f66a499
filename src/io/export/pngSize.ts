// Browser canvas limits (STACK-NOTES.md): past 16,384 px a side canvases are refused or silently
// downscaled, and Chromium's canvas gives up past 268,435,456 px in area. We lower the scale
// ourselves and tell the user, instead of handing back a silently smaller or empty image.
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 268_435_456;

export interface PngSize {
  scale: number;
  width: number;
  height: number;
  /** True when the requested scale did not fit and was lowered. */
  reduced: boolean;
}

export function fitPngScale(width: number, height: number, requestedScale: number): PngSize {
  const sideLimit = Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  const areaLimit = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  const limit = Math.min(sideLimit, areaLimit);
  const scale = requestedScale <= limit ? requestedScale : Math.floor(limit * 1000) / 1000;
  // The canvas the PNG worker draws on is `width × scale` pixels, and a canvas truncates a fractional
  // size: the size reported to the user is the one the file will have.
  return {
    scale,
    width: Math.floor(width * scale),
    height: Math.floor(height * scale),
    reduced: scale < requestedScale,
  };
}
