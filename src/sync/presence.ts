// Who else has a shared document open (issue 23): their name, colour, pointer and selection, sent
// as Yjs awareness and never written into the document. Awareness comes from every client of the
// document, a hostile one included, so what is read is checked and capped like any other input.

import type { Point } from '../model/types';

export interface LocalPresence {
  name: string;
  /** One of PEER_COLOURS, chosen on joining among those nobody uses. */
  colour: string;
  /** The pointer over the canvas, in canvas units; null when it is elsewhere. */
  cursor: Point | null;
  /** Ids of the selected nodes. */
  selection: readonly string[];
}

export interface Peer extends LocalPresence {
  clientId: number;
}

/** What the editor shows of a shared document's people. */
export interface SharedPresence {
  selfClientId: number;
  selfColour: string;
  peers: readonly Peer[];
}

/** Distinct on the light and the dark canvas, and none of them the app's own selection blue. */
export const PEER_COLOURS: readonly string[] = ['#e11d48', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#c026d3', '#65a30d', '#ea580c'];

export const MAX_NAME_LENGTH = 40;
const MAX_SELECTION = 500;
const MAX_ID_LENGTH = 200;
// Beyond any document the door accepts, and far enough to be harmless in a transform.
const MAX_COORDINATE = 10_000_000;

/** The field of a client's awareness state that holds its presence. */
export const PRESENCE_FIELD = 'presence';

/** A client's colour when it sent none of the palette's. */
export function colourOf(clientId: number): string {
  return PEER_COLOURS[Math.abs(clientId) % PEER_COLOURS.length]!;
}

/** The first colour none of `peers` uses (a ninth person shares one), for a person joining. */
export function freeColour(peers: readonly Peer[], clientId: number): string {
  const used = new Set(peers.map((peer) => peer.colour));
  return PEER_COLOURS.find((colour) => !used.has(colour)) ?? colourOf(clientId);
}

function readName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Control characters would let one client draw over another's label.
  const name = value.replace(/\p{Cc}/gu, ' ').trim().slice(0, MAX_NAME_LENGTH);
  return name.length > 0 ? name : null;
}

function readCursor(value: unknown): Point | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y } = value as Record<string, unknown>;
  const inRange = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE;
  return inRange(x) && inRange(y) ? { x, y } : null;
}

function readSelection(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, MAX_SELECTION).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH);
}

/** Everyone else's presence from the awareness states, in a stable order; a state with no name is not a person. */
export function readPeers(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId || typeof state !== 'object' || state === null) continue;
    const presence = (state as Record<string, unknown>)[PRESENCE_FIELD];
    if (typeof presence !== 'object' || presence === null) continue;
    const fields = presence as Record<string, unknown>;
    const name = readName(fields.name);
    if (name === null) continue;
    const colour = typeof fields.colour === 'string' && PEER_COLOURS.includes(fields.colour) ? fields.colour : colourOf(clientId);
    peers.push({ clientId, colour, name, cursor: readCursor(fields.cursor), selection: readSelection(fields.selection) });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

/** Whether two readings show the same people in the same places: the store is left alone when so. */
export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return (
    a.length === b.length &&
    a.every((peer, index) => {
      const other = b[index]!;
      return (
        peer.clientId === other.clientId &&
        peer.name === other.name &&
        peer.colour === other.colour &&
        peer.cursor?.x === other.cursor?.x &&
        peer.cursor?.y === other.cursor?.y &&
        peer.selection.length === other.selection.length &&
        peer.selection.every((id, at) => id === other.selection[at])
      );
    })
  );
}
