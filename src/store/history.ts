import type { Change } from '../model/operations';

// Undo history as a stack of the changes each step made (model/operations): undo applies a step's
// inverse, redo applies it again. Changes rather than whole documents, so that history, autosave
// and live collaboration speak one language, and so that an undo touches only what the step did:
// an edit that landed meanwhile (a field typed while a layout animated) stays.
// We do not use zundo: it records every `set`, and React Flow emits one position change per
// pointer move; owning the stack makes "one gesture, one step" a plain rule instead.

export const HISTORY_LIMIT = 100;

export interface HistoryEntry {
  changes: readonly Change[];
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

export const emptyHistory: History = { past: [], future: [] };

export function recordStep(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  const past = [...history.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}
