// Simulated people on the team server, in a process of their own so that the harness driving the
// browsers keeps its event loop: `node bench/lib/teamCrowd.mjs '<config as JSON>'`. Each person is
// one WebSocket (Hocuspocus multiplexes documents over it) with a provider per document; they
// write as the app's binding does (a record's field, the document's updatedAt in the same
// transaction) and show a pointer as the app's presence does. Prints `ready` once every provider
// has synced and made one move, then keeps moving until killed.
//
// config: { url, documents: [{ name, token }], people, moveEveryMs, pointerEveryMs, avoid: [node ids] }

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

const config = JSON.parse(process.argv[2]);
const avoid = new Set(config.avoid ?? []);
// The app's peer colours (src/sync/presence.ts): a person in any other colour is drawn in one of them.
const COLOURS = ['#e11d48', '#16a34a', '#d97706', '#9333ea', '#0891b2', '#c026d3', '#65a30d', '#ea580c'];
const MAX_STEP = 40;

function randomOf(items) {
  return items[Math.floor(Math.random() * items.length)];
}

function move(ydoc) {
  const nodes = ydoc.getMap('nodes');
  const ids = [...nodes.keys()].filter((id) => !avoid.has(id));
  const record = nodes.get(randomOf(ids));
  const position = record?.get('position');
  if (position === undefined) return;
  const step = () => Math.round((Math.random() - 0.5) * 2 * MAX_STEP);
  ydoc.transact(() => {
    record.set('position', { x: position.x + step(), y: position.y + step() });
    ydoc.getMap('document').set('updatedAt', Date.now());
  });
}

function point(provider, person) {
  const cursor = { x: Math.round(Math.random() * 4000), y: Math.round(Math.random() * 3000) };
  provider.setAwarenessField('presence', { name: `Simulated ${person + 1}`, colour: COLOURS[person % COLOURS.length], cursor, selection: [] });
}

// Each person's moves and pointer spread over the period, so they do not all tick at once.
function every(periodMs, action) {
  setTimeout(() => setInterval(action, periodMs), Math.random() * periodMs);
}

const synced = [];
for (let person = 0; person < config.people; person += 1) {
  const websocketProvider = new HocuspocusProviderWebsocket({ url: config.url, WebSocketPolyfill: WebSocket });
  for (const { name, token } of config.documents) {
    const ydoc = new Y.Doc();
    synced.push(
      new Promise((resolve) => {
        const provider = new HocuspocusProvider({
          websocketProvider,
          name,
          token,
          document: ydoc,
          onSynced: ({ state }) => {
            if (!state) return;
            move(ydoc);
            point(provider, person);
            resolve();
          },
        });
        provider.attach();
        every(config.moveEveryMs, () => move(ydoc));
        if (config.pointerEveryMs > 0) every(config.pointerEveryMs, () => point(provider, person));
      }),
    );
  }
}
await Promise.all(synced);
console.log('ready');
process.on('SIGTERM', () => process.exit(0));
