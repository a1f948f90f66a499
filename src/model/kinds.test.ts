import { describe, it, expect } from 'vitest';
import { NODE_KINDS } from './types';
import { defaultSize, isFlowKind, MAX_DEFAULT_SIZE } from './kinds';

describe('kinds', () => {
  it('gives each kind its default size', () => {
    expect(defaultSize('stage')).toEqual({ width: 160, height: 64 });
    expect(defaultSize('decision')).toEqual({ width: 140, height: 96 });
    expect(defaultSize('start')).toEqual({ width: 140, height: 56 });
    expect(defaultSize('end')).toEqual({ width: 140, height: 56 });
    expect(defaultSize('document')).toEqual({ width: 150, height: 72 });
    expect(defaultSize('data')).toEqual({ width: 140, height: 72 });
    expect(defaultSize('delay')).toEqual({ width: 140, height: 64 });
    expect(defaultSize('subprocess')).toEqual({ width: 160, height: 64 });
    expect(defaultSize('note')).toEqual({ width: 160, height: 80 });
  });

  it('returns a copy, so changing a node size cannot change the default', () => {
    const size = defaultSize('stage');
    size.width = 999;
    expect(defaultSize('stage').width).toBe(160);
  });

  it('keeps notes out of the flow and every other kind in it', () => {
    for (const kind of NODE_KINDS) expect(isFlowKind(kind)).toBe(kind !== 'note');
  });

  it('bounds every default size', () => {
    expect(MAX_DEFAULT_SIZE).toEqual({ width: 160, height: 96 });
  });
});
