// The four sides of a box, where edges leave and arrive.

import type { Point } from './point';

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Outward unit vector of a side. */
export function sideNormal(side: Side): Point {
  switch (side) {
    case 'top':
      return { x: 0, y: -1 };
    case 'right':
      return { x: 1, y: 0 };
    case 'bottom':
      return { x: 0, y: 1 };
    case 'left':
      return { x: -1, y: 0 };
  }
}
