import { useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'editor'; documentId: string };

const EDITOR_PREFIX = '#/doc/';

export function parseRoute(hash: string): Route {
  if (hash.startsWith(EDITOR_PREFIX)) {
    const documentId = decodeURIComponent(hash.slice(EDITOR_PREFIX.length));
    if (documentId !== '') return { name: 'editor', documentId };
  }
  return { name: 'library' };
}

export function editorHash(documentId: string): string {
  return `${EDITOR_PREFIX}${encodeURIComponent(documentId)}`;
}

/** Each document has its own URL, so reload returns to it and Back returns to the library. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function goToDocument(documentId: string): void {
  window.location.hash = editorHash(documentId);
}

export function goToLibrary(): void {
  window.location.hash = '#/';
}
