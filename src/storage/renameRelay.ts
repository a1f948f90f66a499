// A rename from the library must not be undone by the tab that writes the document: that tab's
// next save would put its own title back. So a rename of a document open in a writer tab is sent
// to that tab, which applies it as an edit and saves it; when the writer holds the document but
// does not answer (a frozen background tab), the rename is refused rather than lost.

import { createId } from '../lib/ids';
import type { ChannelLike } from './tabs';

// `until` is a time (ms since the epoch, the same clock in every tab of a browser) after which
// the asking tab has told the user the rename was refused: a tab waking up later ignores it.
type RenameMessage = { kind: 'rename'; request: string; title: string; until: number } | { kind: 'renamed'; request: string };

export type RenameRoute = 'applied-by-writer' | 'no-writer' | 'writer-silent';

/** What `navigator.locks.query()` answers, as much as is read here. */
export interface LockQueryLike {
  query(): Promise<{ held?: { name?: string }[] }>;
}

function isRenameMessage(value: unknown): value is RenameMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, request, title, until } = value as Record<string, unknown>;
  if (typeof request !== 'string') return false;
  return (kind === 'rename' && typeof title === 'string' && typeof until === 'number') || kind === 'renamed';
}

function channelName(documentId: string): string {
  return `salesflow:rename:${documentId}`;
}

// The lock tabs.ts takes for the document's writer.
function writerLockName(documentId: string): string {
  return `salesflow:document:${documentId}`;
}

function browserChannel(): ((name: string) => ChannelLike) | null {
  return typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null;
}

function browserLocks(): LockQueryLike | null {
  return typeof navigator === 'undefined' ? null : ((navigator.locks as LockQueryLike | undefined) ?? null);
}

/** In the writer tab: applies renames asked for elsewhere. Answers the function that stops it. */
export function serveRenames(
  documentId: string,
  apply: (title: string) => void,
  openChannel: ((name: string) => ChannelLike) | null = browserChannel(),
): () => void {
  const channel = openChannel?.(channelName(documentId));
  if (!channel) return () => undefined;
  const onMessage = (event: MessageEvent): void => {
    const message: unknown = event.data;
    if (!isRenameMessage(message) || message.kind !== 'rename' || Date.now() > message.until) return;
    apply(message.title);
    channel.postMessage({ kind: 'renamed', request: message.request } satisfies RenameMessage);
  };
  channel.addEventListener('message', onMessage);
  return () => {
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}

export interface RelayOptions {
  openChannel?: ((name: string) => ChannelLike) | null;
  locks?: LockQueryLike | null;
  /** How long to wait for the writer's answer. */
  timeoutMs?: number;
}

/**
 * Hands a rename to the document's writer tab, if one is open. `no-writer`: no tab writes it, so
 * the caller renames it in the database. Without Web Locks, whether a writer exists is known only
 * from its answer, so silence counts as none there.
 */
export async function relayRename(documentId: string, title: string, options: RelayOptions = {}): Promise<RenameRoute> {
  const openChannel = options.openChannel === undefined ? browserChannel() : options.openChannel;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  let held: boolean | null = null;
  if (locks) {
    try {
      held = ((await locks.query()).held ?? []).some((lock) => lock.name === writerLockName(documentId));
    } catch {
      held = null;
    }
  }
  if (held === false || !openChannel) return 'no-writer';
  const channel = openChannel(channelName(documentId));
  const request = createId('rename');
  const timeoutMs = options.timeoutMs ?? 1500;
  const until = Date.now() + timeoutMs;
  const answered = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    channel.addEventListener('message', (event: MessageEvent) => {
      const message: unknown = event.data;
      if (isRenameMessage(message) && message.kind === 'renamed' && message.request === request) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    channel.postMessage({ kind: 'rename', request, title, until } satisfies RenameMessage);
  });
  channel.close();
  if (answered) return 'applied-by-writer';
  return held === true ? 'writer-silent' : 'no-writer';
}
