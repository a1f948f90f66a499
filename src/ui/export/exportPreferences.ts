import { useState } from 'react';

// The export dialog's choices worth keeping between visits (DESIGN.md: preferences in localStorage):
// a team that must not share figures turns Confidential on once, and every later export honours it.

const STORAGE_KEY = 'salesflow:export';

/** Reads what was stored; anything else (an older build, a tampered entry, no storage) is off. */
export function readConfidential(text: string | null): boolean {
  if (text === null) return false;
  try {
    const stored: unknown = JSON.parse(text);
    return typeof stored === 'object' && stored !== null && (stored as Record<string, unknown>).confidential === true;
  } catch {
    return false;
  }
}

function load(): boolean {
  try {
    return readConfidential(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

export function useConfidentialPreference(): [boolean, (value: boolean) => void] {
  const [confidential, setConfidential] = useState(load);
  const remember = (value: boolean) => {
    setConfidential(value);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ confidential: value }));
    } catch {
      // The choice lasts while the dialog is open.
    }
  };
  return [confidential, remember];
}
