import { useEffect, useState } from 'react';
import { SHARED_EVENT, sharedEntry, type SharedEntry } from '../../sync/sharedRegistry';

/** The document's shared registry entry, read again whenever this page shares, joins or leaves one. */
export function useSharedEntry(documentId: string): SharedEntry | null {
  const [entry, setEntry] = useState(() => sharedEntry(documentId));
  useEffect(() => {
    const reread = () => setEntry(sharedEntry(documentId));
    window.addEventListener(SHARED_EVENT, reread);
    return () => window.removeEventListener(SHARED_EVENT, reread);
  }, [documentId]);
  return entry;
}
