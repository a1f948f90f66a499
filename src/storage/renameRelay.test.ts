import { describe, expect, it } from 'vitest';
import { relayRename, serveRenames } from './renameRelay';
import type { ChannelLike } from './tabs';

/** BroadcastChannel within one process: every other channel of the same name hears a message. */
function channelHub() {
  const open = new Set<{ name: string; target: EventTarget }>();
  return (name: string): ChannelLike => {
    const self = { name, target: new EventTarget() };
    open.add(self);
    return {
      postMessage: (data: unknown) => {
        for (const other of open) if (other !== self && other.name === name) queueMicrotask(() => other.target.dispatchEvent(new MessageEvent('message', { data })));
      },
      addEventListener: ((type: string, listener: EventListener) => self.target.addEventListener(type, listener)) as ChannelLike['addEventListener'],
      removeEventListener: ((type: string, listener: EventListener) => self.target.removeEventListener(type, listener)) as ChannelLike['removeEventListener'],
      close: () => open.delete(self),
    };
  };
}

const held = (names: string[]) => ({ query: () => Promise.resolve({ held: names.map((name) => ({ name })) }) });

describe('relayRename', () => {
  it('hands the rename to the writer tab, which applies it', async () => {
    const openChannel = channelHub();
    const titles: string[] = [];
    const stop = serveRenames('d1', (title) => titles.push(title), openChannel);
    expect(await relayRename('d1', 'New name', { openChannel, locks: held(['salesflow:document:d1']) })).toBe('applied-by-writer');
    expect(titles).toEqual(['New name']);
    stop();
  });

  it('answers no-writer at once when no tab holds the document', async () => {
    const openChannel = channelHub();
    const titles: string[] = [];
    serveRenames('other', (title) => titles.push(title), openChannel);
    expect(await relayRename('d1', 'New name', { openChannel, locks: held(['salesflow:document:other']) })).toBe('no-writer');
    expect(titles).toEqual([]);
  });

  it('refuses when a tab holds the document but does not answer', async () => {
    expect(await relayRename('d1', 'New name', { openChannel: channelHub(), locks: held(['salesflow:document:d1']), timeoutMs: 20 })).toBe('writer-silent');
  });

  it('without Web Locks, counts silence as no writer', async () => {
    expect(await relayRename('d1', 'New name', { openChannel: channelHub(), locks: null, timeoutMs: 20 })).toBe('no-writer');
  });
});

describe('serveRenames', () => {
  it('ignores a request whose asker has already given up', async () => {
    const openChannel = channelHub();
    const titles: string[] = [];
    serveRenames('d1', (title) => titles.push(title), openChannel);
    const asker = openChannel('salesflow:rename:d1');
    asker.postMessage({ kind: 'rename', request: 'r1', title: 'Too late', until: Date.now() - 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(titles).toEqual([]);
  });
});
