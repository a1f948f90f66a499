// An open shared document's presence (issue 23): this person's name, pointer over the canvas and
// selection go out as awareness, at most every 50 ms while the pointer moves; the others' come
// into the editor store, which the canvas and the top bar draw.

import { throttled } from '../lib/throttled';
import type { Point } from '../model/types';
import type { EditorStore } from '../store/editorStore';
import { freeColour } from '../sync/presence';
import { PRESENCE_NAME_EVENT, presenceName } from '../sync/presenceName';
import type { SharedSession } from '../sync/sharedSession';

const POINTER_INTERVAL_MS = 50;

/** Starts sharing presence; `guestName` names a person who chose no name. Returns how to stop. */
export function sharePresence(session: SharedSession, store: EditorStore, guestName: (clientId: number) => string): () => void {
  let cursor: Point | null = null;
  // Chosen among those nobody uses when the others' presence first comes.
  let colour: string | null = null;
  const send = () =>
    session.setPresence({ name: presenceName() ?? guestName(session.clientId), colour: colour!, cursor, selection: store.getState().selection.nodeIds });
  const schedule = throttled(POINTER_INTERVAL_MS);
  let pending = false;
  let cancel = () => undefined as void;
  const sendSoon = () => {
    if (pending) return;
    pending = true;
    cancel = schedule(() => {
      pending = false;
      send();
    });
  };

  const onPointer = (event: PointerEvent) => {
    const overCanvas = event.target instanceof Element && event.target.closest('.react-flow') !== null;
    const next = overCanvas ? (store.getState().viewport?.toCanvasPoint({ x: event.clientX, y: event.clientY }) ?? null) : null;
    if (next === null && cursor === null) return;
    cursor = next;
    sendSoon();
  };
  const onLeave = () => {
    cursor = null;
    sendSoon();
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) send();
  });
  const stopPeers = session.onPeers((peers) => {
    // Two people who joined at once may take one colour: the later client (the higher id) moves on.
    const clash = colour !== null && peers.some((peer) => peer.colour === colour && peer.clientId < session.clientId);
    if (colour === null || clash) {
      colour = freeColour(peers, session.clientId);
      if (clash) send();
    }
    store.getState().setPresence({ selfClientId: session.clientId, selfColour: colour, peers });
  });
  window.addEventListener('pointermove', onPointer);
  document.documentElement.addEventListener('pointerleave', onLeave);
  window.addEventListener(PRESENCE_NAME_EVENT, send);
  send();
  return () => {
    cancel();
    window.removeEventListener('pointermove', onPointer);
    document.documentElement.removeEventListener('pointerleave', onLeave);
    window.removeEventListener(PRESENCE_NAME_EVENT, send);
    unsubscribe();
    stopPeers();
    store.getState().setPresence(null);
  };
}
