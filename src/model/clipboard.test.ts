import { describe, expect, it } from 'vitest';
import { CLIPBOARD_FORMAT, linesToFragment, MAX_PASTED_LINES, parseClipboard, serializeClipboard } from './clipboard';
import { CURRENT_SCHEMA_VERSION } from './schema';

const stage = { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, size: { width: 160, height: 64 } } as const;

describe('clipboard', () => {
  it('writes the schema version, and refuses a copy from a tab of any other version', () => {
    const fragment = { nodes: [stage], edges: [] };
    expect(JSON.parse(serializeClipboard(fragment))).toMatchObject({ format: CLIPBOARD_FORMAT, version: CURRENT_SCHEMA_VERSION });
    for (const version of [CURRENT_SCHEMA_VERSION - 1, CURRENT_SCHEMA_VERSION + 1]) {
      expect(parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, version, nodes: [stage], edges: [] }))).toEqual({ kind: 'invalid' });
    }
  });

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
