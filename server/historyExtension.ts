// The history's part in storing a document, as a Hocuspocus extension beside the collaboration
// hooks: extensions' hooks run before the configuration's own, so `onStoreDocument` here reads the
// version stored so far before collaboration.ts writes the new one, and `afterStoreDocument` keeps
// it as a snapshot once the new one is stored and the clients told. Only when a snapshot may be due
// (snapshots.ts): most stores read nothing more.

import type { Extension } from '@hocuspocus/server';
import type { DocumentStorage } from './documentStorage';
import type { SnapshotKeeper } from './snapshots';

export function historyExtension(store: DocumentStorage, history: SnapshotKeeper): Extension {
  const storedBefore = new Map<string, Uint8Array>();
  return {
    async onStoreDocument({ documentName }) {
      if (!history.due(documentName)) return;
      const stored = await store.read(documentName);
      if (stored !== null) storedBefore.set(documentName, stored.state);
    },
    async afterStoreDocument({ documentName }) {
      const before = storedBefore.get(documentName);
      if (before === undefined) return;
      storedBefore.delete(documentName);
      // Keeping history never fails a store: the change is kept, the snapshot is not.
      await history.keepBeforeChange(documentName, before).catch((error: unknown) => console.error('Salesflow team server: no snapshot kept', error));
    },
  };
}
