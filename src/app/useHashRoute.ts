import { useCallback, useEffect, useState } from 'react';
import { EDITOR_PREFIX, PRESENTER_PREFIX, PRESENT_SEGMENT, editorHash, isPresenterChannel } from '../lib/documentAddress';
import { MAX_ID_LENGTH } from '../model/schema';
import { JOIN_PREFIX, parseJoinHash } from '../sync/teamServer';

/** The editor's document, and the walkthrough step being presented (from 1), if any. */
export type Route =
  | { name: 'library' }
  /** A shared document's link: `name` on the team server, opened with `token`. */
  | { name: 'join'; document: string; token: string }
  | { name: 'editor'; documentId: string; presentStep?: number } | { name: 'presenter'; channel: string };

/** Why the library is shown instead of what the address asked for. */
export type RouteNotice = 'invalid' | 'missing';

export interface RouteState {
  route: Route;
  notice: RouteNotice | null;
}

const LIBRARY_HASHES = new Set(['', '#', '#/']);
const LIBRARY: Route = { name: 'library' };

function decodedId(encoded: string): string | null {
  // A stray `%` (from a hand-edited or truncated link) makes decodeURIComponent throw.
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/** What an address asks for; null when it can lead to no document (unknown, malformed, too long). */
export function parseRoute(hash: string): Route | null {
  if (LIBRARY_HASHES.has(hash)) return LIBRARY;
  if (hash.startsWith(PRESENTER_PREFIX)) {
    const channel = hash.slice(PRESENTER_PREFIX.length);
    return isPresenterChannel(channel) ? { name: 'presenter', channel } : null;
  }
  if (hash.startsWith(JOIN_PREFIX)) {
    const join = parseJoinHash(hash);
    return join ? { name: 'join', document: join.name, token: join.token } : null;
  }
  if (!hash.startsWith(EDITOR_PREFIX)) return null;
  // An encoded id holds no `/`, so a presented step can follow it: `#/doc/<id>/present/<step>`.
  const [encoded = '', ...rest] = hash.slice(EDITOR_PREFIX.length).split('/');
  const presentStep = rest.length === 2 && rest[0] === PRESENT_SEGMENT && /^[1-9]\d{0,4}$/.test(rest[1]!) ? Number(rest[1]) : undefined;
  if (rest.length > 0 && presentStep === undefined) return null;
  // No stored document has a longer id, so a longer one is refused before it is decoded (a
  // character encodes to at most 12: four UTF-8 bytes of `%XX`).
  if (encoded.length > MAX_ID_LENGTH * 12) return null;
  const documentId = decodedId(encoded);
  if (documentId === null || documentId === '' || documentId.length > MAX_ID_LENGTH) return null;
  return presentStep === undefined ? { name: 'editor', documentId } : { name: 'editor', documentId, presentStep };
}

export function routeState(hash: string): RouteState {
  const route = parseRoute(hash);
  return route ? { route, notice: null } : { route: LIBRARY, notice: 'invalid' };
}


// Replacing instead of pushing: Back must not lead to the refused address again.
function showLibraryInPlace(): void {
  window.history.replaceState(window.history.state, '', '#/');
}

/**
 * Each document has its own URL, so reload returns to it and Back returns to the library. An
 * address that leads nowhere shows the library with a notice saying why; `refuse` does the same
 * for a document that turned out not to exist.
 */
export function useHashRoute(): RouteState & { refuse: (notice: RouteNotice) => void } {
  const [state, setState] = useState(() => routeState(window.location.hash));
  useEffect(() => {
    const onChange = () => setState(routeState(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => {
    if (state.notice === 'invalid') showLibraryInPlace();
  }, [state]);
  const refuse = useCallback((notice: RouteNotice) => {
    showLibraryInPlace();
    setState({ route: LIBRARY, notice });
  }, []);
  return { ...state, refuse };
}

export function goToDocument(documentId: string): void {
  window.location.hash = editorHash(documentId);
}

export function goToLibrary(): void {
  window.location.hash = '#/';
}
