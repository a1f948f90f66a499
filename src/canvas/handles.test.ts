import { Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { handlesOf } from './handles';

describe('handlesOf', () => {
  it('puts the four handles where the browser draws them: 9 px boxes centred on each side', () => {
    // Read in Chromium off the standard template's 140 × 56 start, at 100%: each handle's box
    // relative to its node, as React Flow measures it when it mounts the node.
    expect(handlesOf({ width: 140, height: 56 })).toEqual([
      { id: 'top', type: 'source', position: Position.Top, x: 65.5, y: -4.5, width: 9, height: 9 },
      { id: 'right', type: 'source', position: Position.Right, x: 135.5, y: 23.5, width: 9, height: 9 },
      { id: 'bottom', type: 'source', position: Position.Bottom, x: 65.5, y: 51.5, width: 9, height: 9 },
      { id: 'left', type: 'source', position: Position.Left, x: -4.5, y: 23.5, width: 9, height: 9 },
    ]);
  });
});
