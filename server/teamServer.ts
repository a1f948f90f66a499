// The team server as one object: the app, the API and the collaboration socket on one port.

import { Server } from '@hocuspocus/server';
import type { AddressInfo } from 'node:net';
import { answerApi } from './api';
import { collaborationHooks, storeAll } from './collaboration';
import type { ServerConfig } from './config';
import { DocumentStore } from './documentStore';
import { historyExtension } from './historyExtension';
import { SnapshotKeeper } from './snapshots';
import { serveApp } from './staticFiles';

/** A client message larger than this closes its connection: a hostile client cannot flood a document. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface TeamServer {
  url: string;
  port: number;
  /** Stores every open document, then closes every connection and the port. */
  stop: () => Promise<void>;
}

export async function startTeamServer(config: ServerConfig): Promise<TeamServer> {
  const store = await DocumentStore.open(config.dataDir);
  const history = new SnapshotKeeper(store.snapshots);
  let ready = false;
  const server = new Server(
    {
      port: config.port,
      address: config.host,
      quiet: true,
      // Our own shutdown stores first (stop below); Hocuspocus's would exit before we could.
      stopOnSignals: false,
      // "Saved" follows a change by about this much when someone keeps typing at most maxDebounce.
      debounce: 300,
      maxDebounce: 2000,
      extensions: [historyExtension(store, history)],
      ...collaborationHooks(store, config.secret),
      async onRequest({ request, response }) {
        const state = {
          store,
          secret: config.secret,
          history,
          ready: () => ready,
          closeConnections: (document: string) => server.hocuspocus.closeConnections(document),
          openDocument: (document: string) => server.hocuspocus.documents.get(document),
        };
        if ((await answerApi(request, response, state)) || serveApp(config.appDir, request, response)) {
          // Hocuspocus's way to say "answered": a hook that rejects with nothing.
          return Promise.reject();
        }
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('Not found');
        return Promise.reject();
      },
    },
    { maxPayload: MAX_MESSAGE_BYTES },
  );
  await server.listen();
  ready = true;
  const port = (server.httpServer.address() as AddressInfo).port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    stop: async () => {
      ready = false;
      storeAll(server.hocuspocus.documents, store);
      const closed = new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      server.hocuspocus.closeConnections();
      // Sockets still open (a client that does not answer the close) would hold the port.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.webSocketServer.close();
      server.httpServer.closeAllConnections();
      await closed;
      store.close();
    },
  };
}
