import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SalesDocument } from '../model/types';
import { createAutosaver, type Autosaver, type SaveState } from '../storage/autosave';
import { browserStorage, clearEmergency, guardUnsavedWork, recoverEmergency } from '../storage/emergency';
import type { Repository } from '../storage/repository';
import { shouldSnapshot } from '../storage/revisions';
import { openDocumentLock, type DocumentLock, type TabRole } from '../storage/tabs';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { setActiveEditor } from './activeEditor';
import { testSetting } from './testSettings';
import { snapshotOrWarn, thumbnailOf } from './restorePoints';

// A thumbnail costs a render of the whole document: redraw it now and then while editing, and
// always when leaving, instead of on every save.
const THUMBNAIL_EVERY_MS = 10_000;

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'ready'; store: EditorStore }
  | { kind: 'missing' }
  /** `raw` is what the database held, for `Download raw data`. */
  | { kind: 'damaged'; raw: unknown };

export interface DocumentSession {
  state: SessionState;
  role: TabRole;
  saveState: SaveState;
  retry: () => void;
  takeOver: () => void;
}

/**
 * One stored document open in this tab: the lock that makes one tab its writer, loading (and
 * following the writer's saves when read-only), autosave, periodic snapshots, and the emergency
 * copy when the page goes away.
 */
export function useDocumentSession(documentId: string, repository: Repository): DocumentSession {
  const [role, setRole] = useState<TabRole>('pending');
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const autosaver = useRef<Autosaver<SalesDocument> | null>(null);
  const lock = useRef<DocumentLock | null>(null);

  useEffect(() => {
    const opened = openDocumentLock({
      documentId,
      flush: () => autosaver.current?.flush() ?? Promise.resolve(),
      onRoleChange: setRole,
    });
    lock.current = opened;
    const release = () => opened.close();
    window.addEventListener('pagehide', release);
    return () => {
      window.removeEventListener('pagehide', release);
      opened.close();
      lock.current = null;
    };
  }, [documentId]);

  // The stored version, live: a reader follows the writer's saves through it.
  const stored = useLiveQuery(() => (role === 'reader' ? repository.load(documentId) : undefined), [role, documentId, repository]);

  useEffect(() => {
    if (role === 'pending') return;
    let cancelled = false;
    const load = async () => {
      const storage = browserStorage();
      // The previous writer may have closed with unsaved work: its emergency copy goes in first.
      if (role === 'writer' && storage) await recoverEmergency(storage, repository, documentId);
      const result = await repository.load(documentId);
      if (cancelled) return;
      if (!result.ok) {
        setState(result.error.code === 'damaged' ? { kind: 'damaged', raw: result.error.raw } : { kind: 'missing' });
        return;
      }
      setState((current) => {
        if (current.kind === 'ready') {
          current.store.getState().loadDocument(result.value);
          current.store.getState().setReadOnly(role !== 'writer');
          return current;
        }
        const store = createEditorStore(result.value);
        store.getState().setReadOnly(role !== 'writer');
        return { kind: 'ready', store };
      });
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [role, documentId, repository]);

  const store = state.kind === 'ready' ? state.store : null;

  useEffect(() => {
    if (store && role === 'reader' && stored?.ok) store.getState().loadDocument(stored.value);
  }, [store, role, stored]);

  useEffect(() => {
    if (!store) return;
    setActiveEditor(store);
    return () => setActiveEditor(null);
  }, [store]);

  useEffect(() => {
    if (!store || role !== 'writer') return;
    let lastThumbnailAt = 0;
    let thumbnailFailed = false;
    let leaving = false;
    let lastSnapshotAt: number | null = null;
    const storage = browserStorage();
    const saver = createAutosaver<SalesDocument>({
      save: async (document) => {
        const now = Date.now();
        const drawThumbnail = leaving || now - lastThumbnailAt > THUMBNAIL_EVERY_MS;
        if (drawThumbnail) lastThumbnailAt = now;
        const thumbnail = drawThumbnail ? thumbnailOf(document) : null;
        // The document matters more than its picture: it is saved without one, and the user told once.
        if (drawThumbnail && thumbnail === null && !thumbnailFailed) {
          thumbnailFailed = true;
          store.getState().notify({ key: 'notice.thumbnailFailed', tone: 'error' });
        }
        const saved = await repository.save(document, thumbnail ?? undefined);
        if (saved.ok && storage) clearEmergency(storage, document.id);
        return saved;
      },
      delayMs: testSetting('autosave-delay-ms') ?? 300,
      onState: setSaveState,
    });
    autosaver.current = saver;
    const unsubscribe = store.subscribe((current, previous) => {
      if (current.document === previous.document || current.gestureStart || current.readOnly) return;
      saver.schedule(current.document);
      if (shouldSnapshot(lastSnapshotAt, Date.now())) {
        lastSnapshotAt = Date.now();
        void snapshotOrWarn(repository, store, 'interval');
      }
    });
    const unguard = storage
      ? guardUnsavedWork({ unsaved: () => saver.unsaved(), flush: () => saver.flush(), storage, onError: () => undefined, window, document })
      : () => undefined;
    return () => {
      unsubscribe();
      unguard();
      leaving = true;
      if (!store.getState().readOnly) saver.schedule(store.getState().document);
      void saver.flush().then(() => saver.dispose());
      autosaver.current = null;
    };
  }, [store, role, repository]);

  return {
    state,
    role,
    saveState,
    retry: () => void autosaver.current?.retry(),
    takeOver: () => void lock.current?.takeOver(),
  };
}
