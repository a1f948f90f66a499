// The team server as one object: the app, the API and the collaboration socket on one port.

import { Server } from '@hocuspocus/server';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerApi } from './api';
import { collaborationHooks, storeAll } from './collaboration';
import type { ServerConfig } from './config';
import { historyExtension } from './historyExtension';
import { linkInstances } from './instanceLink';
import { openStorage } from './openStorage';
import { SnapshotKeeper } from './snapshots';
import { serveApp } from './staticFiles';
import { updateGuardExtension } from './updateGuardHook';

/** A client message larger than this closes its connection: a hostile client cannot flood a document. */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

export interface TeamServer {
  url: string;
  port: number;
  /** Stores every open document, then closes every connection and the port. */
  stop: () => Promise<void>;
}

// A request the database could not answer (PostgreSQL out of reach) gets a 503, not the end of
// the process: Hocuspocus rethrows what its request hook throws.
async function answered(answering: Promise<boolean>, response: ServerResponse): Promise<boolean> {
  try {
    return await answering;
  } catch (error) {
    console.error('Salesflow team server: request failed', error instanceof Error ? error.message : error);
    if (!response.headersSent) response.writeHead(503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify({ error: 'unavailable' }));
    return true;
  }
}

export async function startTeamServer(config: ServerConfig): Promise<TeamServer> {
  const store = await openStorage(config);
  const history = new SnapshotKeeper(store.snapshots);
  let ready = false;
  const closeHere = (document: string) => server.hocuspocus.closeConnections(document);
  const link = config.redisUrl === undefined ? null : linkInstances(config.redisUrl, closeHere);
  const closeConnections = (document: string) => {
    closeHere(document);
    link?.closeElsewhere(document);
  };
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
      extensions: [updateGuardExtension, historyExtension(store, history), ...(link === null ? [] : [link.extension])],
      ...collaborationHooks(store, config.secret),
      async onRequest({ request, response }) {
        const state = {
          store,
          secret: config.secret,
          history,
          ready: () => ready,
          closeConnections,
          openDocument: (document: string) => server.hocuspocus.documents.get(document),
        };
        if ((await answered(answerApi(request, response, state), response)) || serveApp(config.appDir, request, response)) {
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
      await storeAll(server.hocuspocus.documents, store);
      const closed = new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      server.hocuspocus.closeConnections();
      // Sockets still open (a client that does not answer the close) would hold the port.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.webSocketServer.close();
      server.httpServer.closeAllConnections();
      await closed;
      await link?.stop();
      await store.close();
    },
  };
}
