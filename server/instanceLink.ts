// Several instances of the team server behind one address (REDIS_URL). Hocuspocus's Redis
// extension relays, between the instances that have a document open, every update, awareness
// change and stateless message (the "stored" message among them): a client on one instance sees
// what a client on another does, and is told "stored" by whichever instance wrote its change.
// Ending a document's connections (new links, stop sharing) goes through Redis too, on a channel
// of our own, so that no instance keeps a connection open under a link that no longer opens it.

import { randomUUID } from 'node:crypto';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import type { afterUnloadDocumentPayload, Extension } from '@hocuspocus/server';
import RedisClient from 'ioredis';

const PREFIX = 'salesflow';
const CLOSE_CHANNEL = `${PREFIX}:close-connections`;

// The extension locks a document while one instance stores it and makes the others skip their
// store; a skipped store would leave that instance's clients waiting for a "stored" message that
// never comes. Ours need no such lock: PostgreSQL merges under the row's lock (postgresStore.ts),
// so every instance stores what its own clients sent.
class RelayWithoutStoreLock extends RedisExtension {
  stopped = false;

  override async onStoreDocument(): Promise<void> {}

  // Documents closed by the server's shutdown unload a moment later, after Redis is gone.
  override async afterUnloadDocument(data: afterUnloadDocumentPayload): Promise<void> {
    if (!this.stopped) await super.afterUnloadDocument(data);
  }
}

export interface InstanceLink {
  extension: Extension;
  /** Ends the document's connections on every other instance (this one closes its own). */
  closeElsewhere: (document: string) => void;
  stop: () => Promise<void>;
}

function warn(error: unknown): void {
  console.error('Salesflow team server: Redis', error instanceof Error ? error.message : error);
}

export function linkInstances(redisUrl: string, closeHere: (document: string) => void): InstanceLink {
  const identifier = `${PREFIX}-${randomUUID()}`;
  const extension = new RelayWithoutStoreLock({ identifier, prefix: PREFIX, createClient: () => new RedisClient(redisUrl) });
  const closeListener = new RedisClient(redisUrl);
  closeListener.subscribe(CLOSE_CHANNEL).catch(warn);
  closeListener.on('message', (_channel: string, message: string) => {
    const { from, document } = JSON.parse(message) as { from: unknown; document: unknown };
    if (from !== identifier && typeof document === 'string') closeHere(document);
  });
  return {
    extension,
    closeElsewhere: (document) => {
      extension.pub.publish(CLOSE_CHANNEL, JSON.stringify({ from: identifier, document })).catch(warn);
    },
    stop: async () => {
      extension.stopped = true;
      closeListener.disconnect();
      await extension.onDestroy();
    },
  };
}
