// Ownership of a document by an election over BroadcastChannel, for pages without Web Locks
// (they exist only in secure contexts: a build served over plain http on an intranet has none).
//
// A tab asks whether a writer exists; the writer answers. Hearing nothing, the tab announces a
// claim and waits once more; of two tabs claiming at once, the smaller id keeps its claim. A
// closing writer says so, and the waiting tabs elect a new one. A writer that crashed says
// nothing: the readers stay readers until the user takes over. If a writer was too busy to answer
// in time and two writers meet, the one that has written longer keeps the document: the newcomer
// has no unsaved edits yet, the older one may.

import type { ChannelLike, Ownership, OwnershipListener } from './tabs';

type ElectionKind = 'who' | 'here' | 'claim' | 'taken' | 'left';

interface ElectionMessage {
  kind: ElectionKind;
  from: string;
  /** On `here`: when the sender became the writer. */
  since?: number;
}

const KINDS: ReadonlySet<unknown> = new Set<ElectionKind>(['who', 'here', 'claim', 'taken', 'left']);

function isElectionMessage(value: unknown): value is ElectionMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, from, since } = value as Record<string, unknown>;
  return KINDS.has(kind) && typeof from === 'string' && (since === undefined || typeof since === 'number');
}

export function channelOwnership(
  channel: ChannelLike,
  tabId: string,
  onChange: OwnershipListener,
  { answerMs, handOverGraceMs }: { answerMs: number; handOverGraceMs: number },
): Ownership {
  let phase: 'asking' | 'claiming' | 'owner' | 'waiting' | 'closed' = 'waiting';
  let ownerSince = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function post(kind: ElectionKind): void {
    const message: ElectionMessage = kind === 'here' ? { kind, from: tabId, since: ownerSince } : { kind, from: tabId };
    channel.postMessage(message);
  }

  function becomeOwner(): void {
    clearTimeout(timer);
    phase = 'owner';
    ownerSince = Date.now();
    onChange(true);
  }

  /** Whether another writer has a better claim: it has written longer, or as long with a smaller id. */
  function yieldsTo(other: ElectionMessage): boolean {
    const since = other.since ?? Infinity;
    return since < ownerSince || (since === ownerSince && other.from < tabId);
  }

  function after(next: () => void): void {
    clearTimeout(timer);
    timer = setTimeout(next, answerMs);
  }

  function becomeReader(): void {
    clearTimeout(timer);
    phase = 'waiting';
    onChange(false);
  }

  function ask(): void {
    phase = 'asking';
    post('who');
    after(() => {
      phase = 'claiming';
      post('claim');
      after(() => {
        becomeOwner();
        post('here');
      });
    });
  }

  function onMessage(event: MessageEvent): void {
    const message: unknown = event.data;
    if (!isElectionMessage(message) || message.from === tabId || phase === 'closed') return;
    switch (message.kind) {
      case 'who':
      case 'claim':
        if (phase === 'owner') post('here');
        else if (message.kind === 'claim' && phase === 'claiming' && message.from < tabId) becomeReader();
        break;
      case 'here':
        if (phase === 'asking' || phase === 'claiming') becomeReader();
        // Two writers: the loser steps down; the winner answers so that the other one learns it lost.
        else if (phase === 'owner' && yieldsTo(message)) becomeReader();
        else if (phase === 'owner') post('here');
        break;
      case 'taken':
        if (phase !== 'waiting') becomeReader();
        break;
      case 'left':
        if (phase === 'waiting') ask();
        break;
    }
  }

  channel.addEventListener('message', onMessage);
  ask();

  return {
    steal() {
      becomeOwner();
      post('taken');
      return Promise.resolve();
    },
    handOver() {
      // Until the requester announces `taken`, this tab still answers for the document; if the
      // requester has gone away meanwhile, the document is put up for election again.
      clearTimeout(timer);
      timer = setTimeout(() => {
        post('left');
        ask();
      }, handOverGraceMs);
    },
    close() {
      if (phase === 'owner') post('left');
      clearTimeout(timer);
      phase = 'closed';
      channel.removeEventListener('message', onMessage);
    },
  };
}
