// One writer per document across tabs: the other tabs show it read-only and offer to take over.
// Why this and not live sync: CONTEXT.md. Who holds the document is decided by Web Locks where
// the page has them, else by an election over BroadcastChannel; the polite hand-over (the writer
// saves first) goes over BroadcastChannel in both cases.

import { createId } from '../lib/ids';
import { channelOwnership } from './channelOwnership';
import { webLockOwnership, type LockManagerLike } from './webLockOwnership';

/** `pending` until this tab knows whether another one writes the document. */
export type TabRole = 'pending' | 'writer' | 'reader';

export type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>;

export type OwnershipListener = (owned: boolean) => void;

/** Who holds a document; a backend starts competing for it as soon as it is created. */
export interface Ownership {
  /** Takes the document from whichever tab holds it, without asking. */
  steal(): Promise<void>;
  /** This tab has stopped writing and saved; the tab that asked will steal next. */
  handOver(): void;
  close(): void;
}

export interface DocumentLockOptions {
  documentId: string;
  /** Saves what this tab has not saved yet (Autosaver.flush); awaited before handing over. */
  flush: () => Promise<unknown>;
  onRoleChange: (role: TabRole) => void;
  /** Defaults to navigator.locks when the page has it; null for none. */
  locks?: LockManagerLike | null;
  /** Defaults to BroadcastChannel when the page has it; null for none. */
  openChannel?: ((name: string) => ChannelLike) | null;
  /** How long a take-over waits for the writer to save before taking the document anyway. */
  handOverTimeoutMs?: number;
  /** How long the BroadcastChannel election waits for answers. */
  electionMs?: number;
}

export interface DocumentLock {
  role(): TabRole;
  /** Asks the writer to save and step down, then becomes the writer; resolves once it is. */
  takeOver(): Promise<void>;
  /** Leaving the document or the page (`pagehide`): lets the next tab become the writer. */
  close(): void;
}

type HandOverMessage = { kind: 'hand-over'; from: string } | { kind: 'handed-over'; from: string; to: string };

function isHandOverMessage(value: unknown): value is HandOverMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, from } = value as Record<string, unknown>;
  return (kind === 'hand-over' || kind === 'handed-over') && typeof from === 'string';
}

function browserLocks(): LockManagerLike | null {
  // Typed as always present, but only secure contexts (https, localhost) have it.
  return typeof navigator === 'undefined' ? null : ((navigator.locks as LockManagerLike | undefined) ?? null);
}

function browserChannel(): ((name: string) => ChannelLike) | null {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

export function openDocumentLock(options: DocumentLockOptions): DocumentLock {
  const { documentId, flush, onRoleChange, handOverTimeoutMs = 3000, electionMs = 250 } = options;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const openChannel = options.openChannel === undefined ? browserChannel() : options.openChannel;
  const name = `salesflow:document:${documentId}`;
  const tabId = createId('tab');
  const channel = openChannel ? openChannel(name) : null;
  let role: TabRole = 'pending';
  let handingOver = false;
  let closed = false;

  function setRole(next: TabRole): void {
    if (next === role) return;
    role = next;
    onRoleChange(next);
  }

  const onOwnership: OwnershipListener = (owned) => {
    setRole(owned ? 'writer' : 'reader');
  };

  function createOwnership(): Ownership {
    if (locks) return webLockOwnership(locks, name, onOwnership, handOverTimeoutMs);
    if (channel) {
      return channelOwnership(channel, tabId, onOwnership, { answerMs: electionMs, handOverGraceMs: handOverTimeoutMs });
    }
    // Neither API: nothing can coordinate tabs, and a page that could not save would be worse.
    queueMicrotask(() => {
      onOwnership(true);
    });
    return { steal: () => Promise.resolve(), handOver: () => undefined, close: () => undefined };
  }
  const ownership = createOwnership();

  async function handOver(to: string): Promise<void> {
    if (role !== 'writer' || handingOver || channel === null) return;
    handingOver = true;
    // Read-only first, so no edit slips in after the final save.
    setRole('reader');
    // A failed save shows in this tab's save state with its `Download a copy`; the hand-over
    // still goes ahead, since the user asked for it in the other tab.
    await flush().catch(() => undefined);
    handingOver = false;
    // Closed while saving (the page went away): the channel is gone and the lock released.
    if (closed) return;
    ownership.handOver();
    channel.postMessage({ kind: 'handed-over', from: tabId, to } satisfies HandOverMessage);
  }

  function onMessage(event: MessageEvent): void {
    const message: unknown = event.data;
    if (isHandOverMessage(message) && message.kind === 'hand-over' && message.from !== tabId) {
      void handOver(message.from);
    }
  }
  channel?.addEventListener('message', onMessage);

  /** Resolves when the writer reports it has saved, or after the timeout (a frozen tab). */
  function askWriterToSave(): Promise<void> {
    const open = channel;
    if (open === null) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        open.removeEventListener('message', onReply);
        resolve();
      };
      const onReply = (event: MessageEvent): void => {
        const message: unknown = event.data;
        if (isHandOverMessage(message) && message.kind === 'handed-over' && message.to === tabId) done();
      };
      const timer = setTimeout(done, handOverTimeoutMs);
      open.addEventListener('message', onReply);
      open.postMessage({ kind: 'hand-over', from: tabId } satisfies HandOverMessage);
    });
  }

  return {
    role: () => role,
    async takeOver() {
      if (role === 'writer') return;
      await askWriterToSave();
      await ownership.steal();
    },
    close() {
      closed = true;
      ownership.close();
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
