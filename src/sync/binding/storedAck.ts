// "Acknowledged means stored": the team server, after writing a document, tells its clients the
// state vector it wrote; a client's changes are saved when that vector covers every change this
// replica made. Shared by the server (which writes the message) and the client (which reads it).

import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../lib/base64';

export const STORED_MESSAGE = 'stored';

/** The stateless message a server sends after storing `stateVector` (Y.encodeStateVector). */
export function storedMessage(stateVector: Uint8Array): string {
  return JSON.stringify({ type: STORED_MESSAGE, stateVector: toBase64(stateVector) });
}

/** The stored state vector a stateless payload carries, or null when it is another message. */
export function readStoredMessage(payload: string): Map<number, number> | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { type, stateVector } = value as Record<string, unknown>;
  if (type !== STORED_MESSAGE || typeof stateVector !== 'string') return null;
  const bytes = fromBase64(stateVector);
  if (bytes === null) return null;
  try {
    return Y.decodeStateVector(bytes);
  } catch {
    return null;
  }
}

/** Whether `stored` holds every change `ydoc`'s own client made. */
export function coversOwnChanges(stored: ReadonlyMap<number, number>, ydoc: Y.Doc): boolean {
  const own = Y.getState(ydoc.store, ydoc.clientID);
  return own === 0 || (stored.get(ydoc.clientID) ?? 0) >= own;
}
