import { Position } from '@xyflow/react';
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
