import { describe, expect, it } from 'vitest';
import { colourOf, freeColour, MAX_NAME_LENGTH, PEER_COLOURS, PRESENCE_FIELD, readPeers, samePeers } from './presence';

const stateOf = (presence: unknown) => ({ [PRESENCE_FIELD]: presence });

describe('readPeers', () => {
  it('reads everyone but oneself, in client order, each with a colour of the palette', () => {
    const states = new Map<number, unknown>([
      [7, stateOf({ name: 'Mei', cursor: { x: 10, y: -4 }, selection: ['a', 'b'] })],
      [3, stateOf({ name: 'Ana', cursor: null, selection: [] })],
      [5, stateOf({ name: 'Me', cursor: { x: 0, y: 0 }, selection: [] })],
    ]);
    const peers = readPeers(states, 5);
    expect(peers.map((peer) => [peer.clientId, peer.name, peer.cursor, peer.selection])).toEqual([
      [3, 'Ana', null, []],
      [7, 'Mei', { x: 10, y: -4 }, ['a', 'b']],
    ]);
    expect(peers.every((peer) => PEER_COLOURS.includes(peer.colour) && peer.colour === colourOf(peer.clientId))).toBe(true);
    expect(colourOf(3)).not.toBe(colourOf(4));
  });

  it('keeps the colour a person chose from the palette, and gives a newcomer one nobody uses', () => {
    const states = new Map<number, unknown>([
      [1, stateOf({ name: 'Ana', colour: PEER_COLOURS[0], cursor: null, selection: [] })],
      [2, stateOf({ name: 'Bo', colour: PEER_COLOURS[1], cursor: null, selection: [] })],
      [3, stateOf({ name: 'Eve', colour: 'url(javascript:alert(1))', cursor: null, selection: [] })],
    ]);
    const peers = readPeers(states, 0);
    expect(peers.map((peer) => peer.colour)).toEqual([PEER_COLOURS[0], PEER_COLOURS[1], colourOf(3)]);
    const newcomer = freeColour(peers, 9);
    expect(peers.map((peer) => peer.colour)).not.toContain(newcomer);
    const everyColour = PEER_COLOURS.map((colour, index) => ({ ...peers[0]!, clientId: index, colour }));
    expect(freeColour(everyColour, 11)).toBe(colourOf(11));
  });

  it('takes from a hostile client only what it can draw safely', () => {
    const states = new Map<number, unknown>([
      [1, stateOf({ name: `  ${'x'.repeat(500)}\u0000`, cursor: { x: Number.NaN, y: 1 }, selection: ['ok', 42, '', 'y'.repeat(1_000), null] })],
      [2, stateOf({ name: 'Far', cursor: { x: 1e300, y: 0 }, selection: 'all' })],
      [3, stateOf({ name: '\u0007\u0008 ', cursor: { x: 1, y: 1 } })],
      [4, stateOf('not an object')],
      [6, null],
      [8, { other: 'field' }],
      [9, stateOf({ name: 'Many', cursor: { x: '1', y: 2 }, selection: Array.from({ length: 10_000 }, (_, i) => `n${i}`) })],
    ]);
    const peers = readPeers(states, 0);
    expect(peers.map((peer) => peer.clientId)).toEqual([1, 2, 9]);
    expect(peers[0]!.name).toBe('x'.repeat(MAX_NAME_LENGTH));
    expect(peers[0]!.cursor).toBeNull();
    expect(peers[0]!.selection).toEqual(['ok']);
    expect(peers[1]!.cursor).toBeNull();
    expect(peers[1]!.selection).toEqual([]);
    expect(peers[2]!.cursor).toBeNull();
    expect(peers[2]!.selection).toHaveLength(500);
  });
});

describe('samePeers', () => {
  it('tells a moved pointer, a new selection and a rename apart from no change', () => {
    const base = readPeers(new Map([[1, stateOf({ name: 'Ana', cursor: { x: 1, y: 2 }, selection: ['a'] })]]), 0);
    const again = readPeers(new Map([[1, stateOf({ name: 'Ana', cursor: { x: 1, y: 2 }, selection: ['a'] })]]), 0);
    expect(samePeers(base, again)).toBe(true);
    for (const changed of [
      { name: 'Ana', cursor: { x: 1, y: 3 }, selection: ['a'] },
      { name: 'Ana', cursor: { x: 1, y: 2 }, selection: ['a', 'b'] },
      { name: 'Bo', cursor: { x: 1, y: 2 }, selection: ['a'] },
      { name: 'Ana', cursor: null, selection: ['a'] },
      { name: 'Ana', colour: PEER_COLOURS[5], cursor: { x: 1, y: 2 }, selection: ['a'] },
    ]) {
      expect(samePeers(base, readPeers(new Map([[1, stateOf(changed)]]), 0))).toBe(false);
    }
    expect(samePeers(base, [])).toBe(false);
  });
});
