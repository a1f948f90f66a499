// Colours as DrawingML wants them (`RRGGBB`, no `#`): user colours are hex on our canvas, and
// anything else (a named or functional colour) falls back to the kind's own.

import { safeColor } from '../svg/safeColor';

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function drawingColor(value: string | undefined, fallback: string): string {
  const hex = HEX.exec(safeColor(value, fallback))?.[1] ?? HEX.exec(fallback)?.[1] ?? '000000';
  return (hex.length === 3 ? Array.from(hex, (c) => c + c).join('') : hex).toUpperCase();
}

export function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}
