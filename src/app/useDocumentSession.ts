import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { err, ok, type Result } from '../lib/result';
import type { Normalized } from '../model/normalize';
import type { Repair } from '../model/repairs';
import { editTitle } from '../model/operations';
import type { SalesDocument } from '../model/types';
import { createAutosaver, type Autosaver, type SaveState } from '../storage/autosave';
import { browserStorage, clearEmergency, guardUnsavedWork, recoverEmergency, writeEmergency, type SavedVersion, type UnsavedWork } from '../storage/emergency';
import type { StorageError } from '../storage/errors';
import { serveRenames } from '../storage/renameRelay';
import type { Repository } from '../storage/repository';
import { shouldSnapshot } from '../storage/revisions';
import { openDocumentLock, type DocumentLock, type TabRole } from '../storage/tabs';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { setActiveEditor } from './activeEditor';
import { testSetting } from './testSettings';
import { snapshotOrWarn } from './restorePoints';
import { drawThumbnailInWorker } from '../io/svg/thumbnailInWorker';

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
  /**
   * Saves before leaving the editor. Answers false when the work could not be stored: it is then
   * kept in the emergency copy too, and the editor stays open for Retry or Download a copy.
   */
  prepareToLeave: () => Promise<boolean>;
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
export function useDocumentSession(documentId: string, repository: Repository, memory: Map<string, SalesDocument>): DocumentSession {
  const [role, setRole] = useState<TabRole>('pending');
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  const autosaver = useRef<Autosaver<UnsavedWork> | null>(null);
  const lock = useRef<DocumentLock | null>(null);
  // A repaired document is stored only once it is edited: until then the row keeps its raw data,
  // which Export JSON in the library hands out as it is.
  const untouchedRepair = useRef<SalesDocument | null>(null);
  // The save generation of the latest edit: the stored row's when loaded, one more per edit.
  const generation = useRef(0);
  // The version the database holds as this tab last loaded or saved it: a big document's
  // emergency copy is written as its changes from it (emergency.ts). Null for a row opened
  // repaired, or held in memory only, whose stored form is not the document.
  const lastSaved = useRef<SavedVersion | null>(null);
  // A document that exists only in memory (created or imported while the disk was full) is
  // saved as soon as the editor can, and shows the not-saved state until that works.
  const saveOnOpen = useRef(false);

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
      const stamp = await repository.generationOf(documentId);
      if (cancelled) return;
      generation.current = stamp.ok ? stamp.value : 0;
      // Not stored yet because the disk was full: the copy in memory, never 'does not exist'.
      const inMemory = !result.ok && result.error.code === 'not-found' ? memory.get(documentId) : undefined;
      saveOnOpen.current = inMemory !== undefined;
      // A damaged row opens repaired, under a notice saying what changed: never a dead end.
      const opened = inMemory ? ok({ document: inMemory, repairs: [] }) : openable(result);
      if (!opened.ok) {
        setState(opened.error);
        return;
      }
      const { document, repairs } = opened.value;
      untouchedRepair.current = repairs.length > 0 ? document : null;
      lastSaved.current = inMemory === undefined && repairs.length === 0 ? { document, generation: generation.current } : null;
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
  }, [role, documentId, repository, memory]);

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
    const saver = createAutosaver<UnsavedWork>({
      save: async (work) => {
        const now = Date.now();
        const drawThumbnail = leaving || now - lastThumbnailAt > THUMBNAIL_EVERY_MS;
        if (drawThumbnail) lastThumbnailAt = now;
        // In a worker: at 5,000 nodes and 20,000 edges the picture took the page's thread 2 s.
        const thumbnail = drawThumbnail ? await drawThumbnailInWorker(work.document) : null;
        // The document matters more than its picture: it is saved without one, and the user told once.
        if (drawThumbnail && thumbnail === null && !thumbnailFailed) {
          thumbnailFailed = true;
          store.getState().notify({ key: 'notice.thumbnailFailed', tone: 'error' });
        }
        const saved = await repository.save(work.document, thumbnail ?? undefined, work.generation);
        if (saved.ok) lastSaved.current = work;
        if (saved.ok && storage) clearEmergency(storage, work.document.id, work.generation);
        return saved;
      },
      delayMs: testSetting('autosave-delay-ms') ?? 300,
      onState: setSaveState,
    });
    autosaver.current = saver;
    const unsubscribe = store.subscribe((current, previous) => {
      if (current.document === previous.document || current.gestureStart || current.readOnly) return;
      generation.current += 1;
      saver.schedule({ document: current.document, generation: generation.current });
      if (shouldSnapshot(lastSnapshotAt, Date.now())) {
        lastSnapshotAt = Date.now();
        void snapshotOrWarn(repository, store, 'interval');
      }
    });
    if (saveOnOpen.current) {
      saveOnOpen.current = false;
      generation.current += 1;
      saver.schedule({ document: store.getState().document, generation: generation.current });
    }
    // A rename from the library reaches this tab as an edit, so the next save keeps it.
    const stopRenames = serveRenames(store.getState().document.id, (title) => {
      store.getState().perform(editTitle(title));
    });
    const unguard = storage
      ? guardUnsavedWork({
          unsaved: () => saver.unsaved(),
          saved: () => savedVersions(lastSaved.current, saver.saving()),
          flush: () => saver.flush(),
          storage,
          onError: () => undefined,
          window,
          document,
        })
      : () => undefined;
    return () => {
      unsubscribe();
      stopRenames();
      unguard();
      leaving = true;
      const current = store.getState();
      if (!current.readOnly && current.document !== untouchedRepair.current) saver.schedule({ document: current.document, generation: generation.current });
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
    prepareToLeave: async () => {
      const saver = autosaver.current;
      if (!saver) return true;
      const outcome = await saver.flush();
      if (outcome.status !== 'error') return true;
      const work = saver.unsaved();
      const storage = browserStorage();
      // The warning keeps the user here either way, with Retry and Download a copy; the emergency
      // copy is the second line of defence, and its failure changes nothing the user can do.
      if (work && storage) {
        const written = writeEmergency(storage, work, savedVersions(lastSaved.current, autosaver.current?.saving()));
        if (!written.ok) console.warn('The emergency copy could not be written:', written.error.code);
      }
      return false;
    },
  };
}

/** The versions the database may hold once the page is gone: the last saved, and the one being saved. */
function savedVersions(last: SavedVersion | null, saving: SavedVersion | undefined): SavedVersion[] {
  return [last, saving].filter((version) => version !== null && version !== undefined);
}
