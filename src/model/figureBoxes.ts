// The boxes of the forecast drawn on nodes: the volume badge and the leak badge, at the sizes and
// places the canvas draws them (src/canvas/analysis/analysis.css). The SVG export draws them in
// these boxes, the label placer keeps clear of them and the layout tests check against them.

import type { Rect } from '../geometry/rect';
import { textWidth } from '../geometry/text';
import type { FlowNode, Point } from './types';

export const VOLUME_BADGE = { fontSize: 10, height: 16, paddingX: 5 } as const;

export const LEAK_BADGE = {
  fontSize: 11,
  height: 19,
  /** How far the badge passes the node's bottom-right corner. */
  overhang: 10,
  icon: 11,
  border: 1.5,
  /** Left of the icon, between icon and text, right of the text. */
  padLeft: 4,
  gap: 3,
  padRight: 6,
} as const;

/**
 * The room kept for a volume badge, wide enough for a five-digit count, centred `inset` in from a
 * node's left on its top side.
 */
export const VOLUME_BADGE_ROOM = { width: 56, height: 20, inset: 14 } as const;

/**
 * Where a node's volume badge is centred: straddling its top-left corner, or on a decision's
 * diamond, the middle of its upper-left side.
 */
export function badgeCentre(node: FlowNode): Point {
  if (node.kind === 'decision') return { x: node.position.x + node.size.width / 4, y: node.position.y + node.size.height / 4 };
  return { x: node.position.x + VOLUME_BADGE_ROOM.inset, y: node.position.y };
}

export function volumeBadgeBox(node: FlowNode, text: string): Rect {
  const width = textWidth(text, VOLUME_BADGE.fontSize, true) + 2 * VOLUME_BADGE.paddingX;
  const { x, y } = badgeCentre(node);
  return { x: x - width / 2, y: y - VOLUME_BADGE.height / 2, width, height: VOLUME_BADGE.height };
}

export function leakBadgeWidth(text: string): number {
  const { border, padLeft, icon, gap, padRight, fontSize } = LEAK_BADGE;
  return border + padLeft + icon + gap + textWidth(text, fontSize, true) + padRight + border;
}

/** The leak badge: an orange pill over the node's bottom-right corner, where its deals drop out. */
export function leakBadgeBox(node: FlowNode, text: string): Rect {
  const width = leakBadgeWidth(text);
  const right = node.position.x + node.size.width + LEAK_BADGE.overhang;
  const bottom = node.position.y + node.size.height + LEAK_BADGE.overhang;
  return { x: right - width, y: bottom - LEAK_BADGE.height, width, height: LEAK_BADGE.height };
}
