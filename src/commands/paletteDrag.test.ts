import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/languages';
import { newLabelKey, PALETTE_SHAPES, paletteNameKey, paletteShape } from './paletteDrag';

describe('the palette shapes', () => {
  it('list every kind once, with a won and a lost end right after the neutral end', () => {
    expect(PALETTE_SHAPES.map((shape) => shape.id)).toEqual([
      'start',
      'end',
      'won-end',
      'lost-end',
      'stage',
      'decision',
      'document',
      'data',
      'delay',
      'subprocess',
      'note',
    ]);
    expect(paletteShape('end')).toEqual({ id: 'end', kind: 'end' });
    expect(paletteShape('won-end')).toEqual({ id: 'won-end', kind: 'end', outcome: 'won' });
    expect(paletteShape('lost-end')).toEqual({ id: 'lost-end', kind: 'end', outcome: 'lost' });
    expect(paletteShape('swimlane')).toBeUndefined();
    expect(paletteShape('__proto__')).toBeUndefined();
  });

  it('name the items as the UI contract says, and label new ends by their outcome', () => {
    const names = PALETTE_SHAPES.map((shape) => formatMessage('en', paletteNameKey(shape)));
    expect(names.slice(0, 4)).toEqual(['Start', 'End', 'Won end', 'Lost end']);
    expect(new Set(names).size).toBe(names.length);
    expect(formatMessage('zh-CN', newLabelKey(paletteShape('won-end')!))).toBe('赢单');
    expect(formatMessage('zh-CN', newLabelKey(paletteShape('lost-end')!))).toBe('丢单');
    expect(formatMessage('zh-CN', newLabelKey(paletteShape('end')!))).toBe('结束');
  });
});
