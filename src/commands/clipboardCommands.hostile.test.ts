import { describe, expect, it } from 'vitest';
import { generateDocument } from '../model/generate';
import { hostileDocument, PROTOTYPE_IDS } from '../model/fixtures/hostile';
import { makeChain } from '../model/fixtures/documents';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, MAX_PASTED_LINES, serializeClipboard } from '../model/clipboard';
import { MAX_NODES } from '../model/schema';
import type { SalesDocument } from '../model/types';
import { checkInvariants } from '../model/validate';
import { testEditor } from '../store/testing/testEditor';
import { pasteText } from './clipboardCommands';

// Issue 10, case 3, through the real editor store: what a paste leaves in the document and in the
// undo history, and what it tells the user.

function editor(document: SalesDocument) {
  const { store, context } = testEditor(document);
  const notices = () => store.getState().notices.map(({ key, params, tone }) => ({ key, params, tone }));
  return { store, context, notices };
}

const ours = (body: Record<string, unknown>) => JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, nodes: [], edges: [], ...body });

describe('pasting our own JSON that is invalid', () => {
  const chain = makeChain();
  const node = chain.nodes[1]!;
  const invalid: [string, string][] = [
    ['cut short on its way', serializeClipboard({ nodes: chain.nodes, edges: chain.edges }).slice(0, 120)],
    ['a negative size', ours({ nodes: [{ ...node, size: { width: -5, height: 40 } }] })],
    ['a NaN-like coordinate', ours({ nodes: [{ ...node, position: { x: '1e999', y: 0 } }] })],
    ['a javascript: link', ours({ nodes: [{ ...node, link: 'javascript:alert(1)' }] })],
    ['an unknown kind', ours({ nodes: [{ ...node, kind: 'script' }] })],
    ['a newer version', JSON.stringify({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION + 1, nodes: [node], edges: [] })],
    ['nodes that are not a list', ours({ nodes: { 0: node } })],
    ['an edge without ends', ours({ nodes: [node], edges: [{ id: 'e' }] })],
  ];

  it.each(invalid)('%s: says so and changes nothing, not even the undo history', (_, text) => {
    const { store, context, notices } = editor(chain);
    pasteText(context, text);
    expect(store.getState().document).toBe(chain);
    expect(store.getState().history.past).toHaveLength(0);
    expect(notices()).toEqual([{ key: 'notice.pasteInvalid', params: undefined, tone: 'error' }]);
  });
});

describe('pasting valid but hostile content', () => {
  it('pastes prototype-named ids under fresh ids, keeping the document valid', () => {
    const hostile = hostileDocument();
    const { store, context, notices } = editor(makeChain());
    pasteText(context, serializeClipboard({ nodes: hostile.nodes, edges: hostile.edges }));
    const after = store.getState().document;
    expect(checkInvariants(after)).toBeNull();
    expect(after.nodes).toHaveLength(makeChain().nodes.length + hostile.nodes.length);
    const pasted = after.nodes.slice(makeChain().nodes.length);
    expect(pasted.map((candidate) => candidate.label)).toEqual(hostile.nodes.map((candidate) => candidate.label));
    for (const id of PROTOTYPE_IDS) expect(pasted.map((candidate) => candidate.id)).not.toContain(id);
    // Lanes the target lacks are dropped; the note stays attached to its pasted node.
    expect(pasted.every((candidate) => candidate.laneId === undefined)).toBe(true);
    expect(pasted.find((candidate) => candidate.kind === 'note')?.attachedTo).toBe(pasted[1]!.id);
    expect(after.edges).toHaveLength(makeChain().edges.length + hostile.edges.length);
    expect(notices()).toEqual([]);
  });
});

describe('pasting plain text', () => {
  it(`makes at most ${MAX_PASTED_LINES} stages, in one undo step, and says how many lines were left out`, () => {
    const { store, context, notices } = editor(makeChain());
    const lines = Array.from({ length: 250 }, (_, i) => `<b>Line ${i}</b>\u0000`);
    pasteText(context, lines.join('\r\n'));
    const after = store.getState().document;
    expect(after.nodes).toHaveLength(makeChain().nodes.length + MAX_PASTED_LINES);
    expect(after.nodes.at(-1)?.label).toBe(`<b>Line ${MAX_PASTED_LINES - 1}</b>\u0000`);
    expect(store.getState().history.past).toHaveLength(1);
    expect(notices()).toEqual([{ key: 'notice.pasteCapped', params: { count: 150 }, tone: 'info' }]);
    store.getState().undo();
    expect(store.getState().document.nodes).toHaveLength(makeChain().nodes.length);
  });
});

describe('pasting past the node cap', () => {
  // A document over MAX_NODES is refused when it is next opened: pasting into one that is nearly
  // full must not create it.
  const nearlyFull = generateDocument({ nodes: MAX_NODES - 10, seed: 3 });

  it('refuses pasted lines that would go over, whole, with a message naming the cap', () => {
    const { store, context, notices } = editor(nearlyFull);
    pasteText(context, Array.from({ length: 11 }, (_, i) => `Stage ${i}`).join('\n'));
    expect(store.getState().document).toBe(nearlyFull);
    expect(notices()).toEqual([{ key: 'notice.tooManyNodes', params: { limit: MAX_NODES }, tone: 'error' }]);
  });

  it('refuses a copied fragment that would go over, and accepts one that fits exactly', () => {
    const { store, context, notices } = editor(nearlyFull);
    const fragment = { nodes: nearlyFull.nodes.slice(0, 11), edges: [] };
    pasteText(context, serializeClipboard(fragment));
    expect(store.getState().document).toBe(nearlyFull);
    expect(notices()[0]?.key).toBe('notice.tooManyNodes');

    pasteText(context, serializeClipboard({ nodes: fragment.nodes.slice(0, 10), edges: [] }));
    expect(store.getState().document.nodes).toHaveLength(MAX_NODES);
    expect(checkInvariants(store.getState().document)).toBeNull();
  });
});
