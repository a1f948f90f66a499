import { describe, expect, it } from 'vitest';
import { makeEdge, makeNode } from '../model/fixtures/documents';
import { placeDocumentLabels } from '../model/labelPlaces';
import type { FlowEdge, FlowNode, Point } from '../model/types';
import { labelGeometry, lineToHold } from './labelGaps';

// Two nodes a gap apart and the edge between them as one straight line, its label and chip placed
// by the placer every drawing uses, with the badges the analysis keeps room for.
function placedClear(line: 'horizontal' | 'vertical', gap: number, label: string | undefined, leaks: boolean): boolean {
  const source = makeNode('a', 'stage', { position: { x: 0, y: 0 } });
  const at = line === 'horizontal' ? { x: source.size.width + gap, y: 0 } : { x: 0, y: source.size.height + gap };
  const target = makeNode('b', 'stage', { position: at });
  // A rate below 100% on a step's only way out leaves deals nowhere: a leak badge under the source.
  const edge = makeEdge('e', 'a', 'b', { conversionRate: leaks ? 0.5 : 1, ...(label ? { label } : {}) });
  const points: Point[] =
    line === 'horizontal'
      ? [{ x: source.size.width, y: source.size.height / 2 }, { x: at.x, y: source.size.height / 2 }]
      : [{ x: source.size.width / 2, y: source.size.height }, { x: source.size.width / 2, y: at.y }];
  return placeDocumentLabels([source, target], [edge], new Map([['e', points]])).get('e')?.clear ?? false;
}

function needed(line: 'horizontal' | 'vertical', label: string | undefined, leaks: boolean): number {
  const nodes: FlowNode[] = [makeNode('a'), makeNode('b')];
  const edges: FlowEdge[] = [makeEdge('e', 'a', 'b', { conversionRate: leaks ? 0.5 : 1, ...(label ? { label } : {}) })];
  const geometry = labelGeometry({ nodes, edges }, nodes, edges);
  const stack = geometry.stacks.get('e');
  const [a, b] = [geometry.ends.get('a'), geometry.ends.get('b')];
  if (!stack || !a || !b) throw new Error('no geometry');
  return lineToHold(stack, a, b, line, true);
}

describe('the line that holds a label and its chip', () => {
  it.each([
    ['horizontal', undefined, false],
    ['horizontal', 'Yes', true],
    ['horizontal', 'Ask for prepayment', true],
    ['vertical', undefined, true],
    ['vertical', 'No', true],
    ['vertical', 'Ask for prepayment', false],
  ] as const)('is long enough for the placer, and not much longer (%s, %s, leaking %s)', (line, label, leaks) => {
    const length = needed(line, label, leaks);
    expect(placedClear(line, length, label, leaks)).toBe(true);
    expect(placedClear(line, length - 12, label, leaks)).toBe(false);
  });

  it('keeps room for the leak badge that hangs under a leaking source', () => {
    expect(needed('vertical', 'No', true)).toBeGreaterThan(needed('vertical', 'No', false));
  });
});
