import type { SalesDocument } from '../model/types';

// Undo history as a stack of immutable document snapshots. Documents are never mutated, so a
// snapshot is a reference and unchanged nodes are shared between snapshots.
// We do not use zundo: it records every `set`, and React Flow emits one position change per
// pointer move, so coalescing a gesture into one step would mean pausing and replaying states.
// Owning the stack makes "one gesture, one step" a plain rule instead.

export const HISTORY_LIMIT = 100;

export interface History {
  past: SalesDocument[];
  future: SalesDocument[];
}

export const emptyHistory: History = { past: [], future: [] };

export function recordStep(history: History, before: SalesDocument, limit = HISTORY_LIMIT): History {
  const past = [...history.past, before];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export function undoStep(history: History, current: SalesDocument): { history: History; document: SalesDocument } | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return {
    document: previous,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future] },
  };
}

export function redoStep(history: History, current: SalesDocument): { history: History; document: SalesDocument } | null {
  const next = history.future[0];
  if (!next) return null;
  return {
    document: next,
    history: { past: [...history.past, current], future: history.future.slice(1) },
  };
}
