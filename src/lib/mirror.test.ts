import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMirrorPatch, mirrorPatch } from './mirror';

interface Shape {
  title: string;
  extra?: { note: string };
  items: { id: string; value: number }[];
}

const copy = <T>(value: T): T => structuredClone(value);

describe('mirror', () => {
  it('sends only the records and fields an edit replaced, and the copy keeps the rest', () => {
    const first: Shape = { title: 'a', extra: { note: 'x' }, items: [{ id: 'p', value: 1 }, { id: 'q', value: 2 }, { id: 'r', value: 3 }] };
    const mirrored = applyMirrorPatch<Shape>(null, copy(mirrorPatch(null, first, ['items'])));
    expect(mirrored).toEqual(first);
    const second: Shape = { ...first, items: [first.items[0]!, { id: 'q', value: 20 }, first.items[2]!] };
    const patch = mirrorPatch(first, second, ['items']);
    expect(patch).toEqual({ fields: {}, lists: { items: { order: null, changed: [{ id: 'q', value: 20 }] } } });
    const next = applyMirrorPatch(mirrored, copy(patch));
    expect(next).toEqual(second);
    expect(next.items[0]).toBe(mirrored.items[0]);
    expect(next.extra).toBe(mirrored.extra);
    expect(mirrorPatch(second, second, ['items'])).toEqual({ fields: {}, lists: {} });
  });

  it('follows additions, removals, reordering and a field taken away', () => {
    const first: Shape = { title: 'a', extra: { note: 'x' }, items: [{ id: 'p', value: 1 }, { id: 'q', value: 2 }] };
    const mirrored = applyMirrorPatch<Shape>(null, copy(mirrorPatch(null, first, ['items'])));
    const second: Shape = { title: 'b', items: [{ id: 's', value: 4 }, first.items[1]!] };
    const next = applyMirrorPatch(mirrored, copy(mirrorPatch(first, second, ['items'])));
    expect(next.title).toBe('b');
    expect(next.extra).toBeUndefined();
    expect(next.items).toEqual(second.items);
  });

  it('keeps any copy equal to the original through any series of edits', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer() }),
      fc.record({ kind: fc.constant('add' as const), at: fc.nat(), id: fc.string({ minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('reverse' as const) }),
      fc.record({ kind: fc.constant('title' as const), value: fc.string() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let original: Shape = { title: '', items: [{ id: 'a', value: 0 }] };
        let mirrored = applyMirrorPatch<Shape>(null, copy(mirrorPatch(null, original, ['items'])));
        for (const step of edits) {
          const items = [...original.items];
          if (step.kind === 'set' && items.length > 0) items[step.at % items.length] = { ...items[step.at % items.length]!, value: step.value };
          if (step.kind === 'add' && !items.some((item) => item.id === step.id)) items.splice(step.at % (items.length + 1), 0, { id: step.id, value: 0 });
          if (step.kind === 'remove' && items.length > 0) items.splice(step.at % items.length, 1);
          if (step.kind === 'reverse') items.reverse();
          const next = { ...original, items, ...(step.kind === 'title' ? { title: step.value } : {}) };
          mirrored = applyMirrorPatch(mirrored, copy(mirrorPatch(original, next, ['items'])));
          original = next;
          expect(mirrored).toEqual(original);
        }
      }),
    );
  });
});
