import { describe, it, expect } from 'vitest';
import { makeNode } from './fixtures/documents';
import { edgeSchema, isAllowedLink, laneSchema, nodeSchema, settingsSchema } from './schema';

describe('isAllowedLink', () => {
  it('allows http, https and mailto only', () => {
    expect(isAllowedLink('https://example.com/playbook')).toBe(true);
    expect(isAllowedLink('HTTP://EXAMPLE.COM')).toBe(true);
    expect(isAllowedLink('mailto:sales@example.com')).toBe(true);
    for (const link of ['javascript:alert(1)', '\tjavascript:alert(1)', 'ftp://x', 'data:,x', 'vbscript:x', 'example.com']) {
      expect(isAllowedLink(link), link).toBe(false);
    }
  });
});

describe('record schemas', () => {
  it('refuse ids holding quotes, backslashes or control characters', () => {
    for (const id of ['a"b', "a'b", 'a\\b', 'a\u0000b', 'a\nb', '<script>']) {
      expect(nodeSchema.safeParse(makeNode(id)).success, JSON.stringify(id)).toBe(false);
    }
    for (const id of ['n_k3J9aQ0xZp', '__proto__', 'stage 1', '阶段-1']) {
      expect(nodeSchema.safeParse(makeNode(id)).success, id).toBe(true);
    }
  });

  it('bound sizes, coordinates and rates', () => {
    expect(nodeSchema.safeParse(makeNode('a', 'stage', { size: { width: 100_000, height: 1 } })).success).toBe(true);
    expect(nodeSchema.safeParse(makeNode('a', 'stage', { size: { width: 100_001, height: 1 } })).success).toBe(false);
    expect(nodeSchema.safeParse(makeNode('a', 'stage', { size: { width: -1, height: 1 } })).success).toBe(false);
    expect(nodeSchema.safeParse(makeNode('a', 'stage', { position: { x: -1e7, y: 1e7 } })).success).toBe(true);
    expect(nodeSchema.safeParse(makeNode('a', 'stage', { position: { x: -1e7 - 1, y: 0 } })).success).toBe(false);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', conversionRate: 0 }).success).toBe(true);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', conversionRate: 1 }).success).toBe(true);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', conversionRate: 1.01 }).success).toBe(false);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', labelAt: { x: 10, y: -20 } }).success).toBe(true);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', labelAt: { x: 1e8, y: 0 } }).success).toBe(false);
    expect(edgeSchema.safeParse({ id: 'e', source: 'a', target: 'b', labelAt: { x: 'left', y: 0 } }).success).toBe(false);
  });

  it('accept colours in common CSS forms and refuse anything that could escape a style', () => {
    for (const color of ['#fff', '#1d4ed8', 'rgb(1 2 3 / 50%)', 'hsl(210, 40%, 96%)', 'var(--lane-1)', 'teal']) {
      expect(laneSchema.safeParse({ id: 'l', label: 'L', order: 'i', color }).success, color).toBe(true);
    }
    for (const color of ['red; background: x', 'url(x)', '"red"', 'javascript:x', '']) {
      expect(laneSchema.safeParse({ id: 'l', label: 'L', order: 'i', color }).success, color).toBe(false);
    }
  });

  it('take the currency as an ISO 4217 code', () => {
    const settings = { direction: 'LR', gridSize: 20, snapToGrid: true, period: 'month' };
    expect(settingsSchema.safeParse({ ...settings, currency: 'CNY' }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...settings, currency: '¥' }).success).toBe(false);
  });
});
