import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { renderThumbnailSvg } from '../io/svg/thumbnail';
import { err, ok, type Result } from '../lib/result';
import type { Normalized } from '../model/normalize';
import type { Repair } from '../model/repairs';
import type { SalesDocument } from '../model/types';
import { createAutosaver, type Autosaver, type SaveState } from '../storage/autosave';
import { browserStorage, clearEmergency, guardUnsavedWork, recoverEmergency } from '../storage/emergency';
import type { StorageError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { shouldSnapshot } from '../storage/revisions';
import { openDocumentLock, type DocumentLock, type TabRole } from '../storage/tabs';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { setActiveEditor } from './activeEditor';
import { testSetting } from './testSettings';

const THUMBNAIL = { width: 320, height: 200 };
// A thumbnail costs a render of the whole document: redraw it now and then while editing, and
// always when leaving, instead of on every save.
const THUMBNAIL_EVERY_MS = 10_000;

export type SessionState =
  | { kind: 'loading' }
  /** `repairs`: what `normalize` changed to open a damaged row; empty for a sound one. */
  | { kind: 'ready'; store: EditorStore; repairs: Repair[] }
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

function openable(result: Result<SalesDocument, StorageError>): Result<Normalized, SessionState> {
  if (result.ok) return ok({ document: result.value, repairs: [] });
  if (result.error.code !== 'damaged') return err({ kind: 'missing' });
  return result.error.repaired ? ok(result.error.repaired) : err({ kind: 'damaged', raw: result.error.raw });
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
  // A repaired document is stored only once it is edited: until then the row keeps its raw data,
  // which Export JSON in the library hands out as it is.
  const untouchedRepair = useRef<SalesDocument | null>(null);

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
      // A damaged row opens repaired, under a notice saying what changed: never a dead end.
      const opened = openable(result);
      if (!opened.ok) {
        setState(opened.error);
        return;
      }
      const { document, repairs } = opened.value;
      untouchedRepair.current = repairs.length > 0 ? document : null;
      setState((current) => {
        if (current.kind === 'ready') {
          current.store.getState().loadDocument(document);
          current.store.getState().setReadOnly(role !== 'writer');
          return repairs.length > 0 ? { ...current, repairs } : current;
        }
        const store = createEditorStore(document);
        store.getState().setReadOnly(role !== 'writer');
        return { kind: 'ready', store, repairs };
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
    let leaving = false;
    let lastSnapshotAt: number | null = null;
    const storage = browserStorage();
    const saver = createAutosaver<SalesDocument>({
      save: async (document) => {
        const now = Date.now();
        const drawThumbnail = leaving || now - lastThumbnailAt > THUMBNAIL_EVERY_MS;
        if (drawThumbnail) lastThumbnailAt = now;
        const saved = await repository.save(document, drawThumbnail ? renderThumbnailSvg(document, THUMBNAIL) : undefined);
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
        void repository.snapshot(current.document, 'interval');
      }
    });
    const unguard = storage
      ? guardUnsavedWork({ unsaved: () => saver.unsaved(), flush: () => saver.flush(), storage, onError: () => undefined, window, document })
      : () => undefined;
    return () => {
      unsubscribe();
      unguard();
      leaving = true;
      const current = store.getState();
      if (!current.readOnly && current.document !== untouchedRepair.current) saver.schedule(current.document);
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
