import type { ReplaceOutcome } from '../../commands/replaceContent';
import type { MessageKey } from '../../i18n/en';
import type { SalesDocument } from '../../model/types';

// Where the History panel's versions come from: this browser's revisions of a local document, or
// the team server's snapshots of a shared one. The panel shows, previews and restores either alike.

export interface HistoryEntry {
  id: number;
  createdAt: number;
  nodeCount: number;
  reason: MessageKey;
}

export interface HistorySource {
  /** Newest first; null while they are read. */
  entries: HistoryEntry[] | null;
  /** Whose versions these are, said above the list; none for a local document. */
  intro: MessageKey | null;
  empty: MessageKey;
  /** Why the versions cannot be shown now, in the user's language. */
  problem: string | null;
  /** The same function from render to render (the panel loads the chosen version once). */
  load: (id: number) => Promise<SalesDocument | null>;
  /** Puts the version's content in the open document, one undo step, after keeping the current one. */
  restore: (version: SalesDocument) => Promise<ReplaceOutcome>;
}
