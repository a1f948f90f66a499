import { describe, expect, it } from 'vitest';
import { linesToFragment, MAX_PASTED_LINES, parseClipboard, serializeClipboard } from './clipboard';

const stage = { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, size: { width: 160, height: 64 } } as const;

describe('clipboard', () => {
  it('round-trips our own fragment', () => {
    const fragment = { nodes: [stage, { ...stage, id: 'b' }], edges: [{ id: 'e', source: 'a', target: 'b' }] };
    expect(parseClipboard(serializeClipboard(fragment))).toEqual({ kind: 'fragment', fragment });
  });

  it('refuses our format when it is damaged instead of pasting it as text', () => {
    const damaged = JSON.stringify({ format: 'salesflow-clipboard', version: 1, nodes: [{ ...stage, size: { width: -1, height: 5 } }], edges: [] });
    expect(parseClipboard(damaged)).toEqual({ kind: 'invalid' });
  });

  it('turns other text into trimmed non-empty lines, capped', () => {
    expect(parseClipboard('Lead\r\n\n  Call  \nQuote')).toEqual({ kind: 'lines', lines: ['Lead', 'Call', 'Quote'], dropped: 0 });
    const many = Array.from({ length: MAX_PASTED_LINES + 5 }, (_, index) => `Line ${index}`).join('\n');
    const parsed = parseClipboard(many);
    expect(parsed.kind === 'lines' && parsed.lines.length).toBe(MAX_PASTED_LINES);
    expect(parsed.kind === 'lines' && parsed.dropped).toBe(5);
  });

  it('stacks pasted lines as stages without overlap', () => {
    let next = 0;
    const fragment = linesToFragment(['A', 'B'], { x: 10, y: 20 }, 20, () => `n${next++}`);
    expect(fragment.nodes.map((node) => [node.id, node.kind, node.label])).toEqual([
      ['n0', 'stage', 'A'],
      ['n1', 'stage', 'B'],
    ]);
    const [first, second] = fragment.nodes;
    expect(second!.position.y).toBeGreaterThanOrEqual(first!.position.y + first!.size.height);
  });
});
