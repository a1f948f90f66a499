import { Position, type NodeHandle } from '@xyflow/react';
import { HANDLE_SIDES, type HandleSide } from '../model/types';

export function isHandleSide(value: string | null | undefined): value is HandleSide {
  return typeof value === 'string' && (HANDLE_SIDES as readonly string[]).includes(value);
}

export const SIDE_POSITION: Record<HandleSide, Position> = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

/** A handle's side in canvas units, border included (styles.css, `.sf-node .react-flow__handle`). */
export const HANDLE_PX = 9;

/**
 * The four handles of a node of this size, where the browser puts them: centred on each side's
 * midpoint. Given to React Flow with the node, they spare it mounting every node once just to
 * measure its handles (it does so for any node whose handles it does not know, visible or not),
 * so opening a 1,000-node diagram mounts only the nodes on screen.
 */
export function handlesOf({ width, height }: { width: number; height: number }): NodeHandle[] {
  const half = HANDLE_PX / 2;
  const at = (side: HandleSide, x: number, y: number): NodeHandle => ({
    id: side,
    type: 'source',
    position: SIDE_POSITION[side],
    x: x - half,
    y: y - half,
    width: HANDLE_PX,
    height: HANDLE_PX,
  });
  return [at('top', width / 2, 0), at('right', width, height / 2), at('bottom', width / 2, height), at('left', 0, height / 2)];
}
