import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyChanges } from '../model/operations/applyChanges';
import { invertChanges, type Change } from '../model/operations/changes';
import { unlessMovedOn } from '../model/operations/unlessMovedOn';
import { samePeers, type SharedPresence } from '../sync/presence';
import { diffDocuments } from '../model/operations/diff';
import type { Operation, OperationResult } from '../model/operations';
import type { SalesDocument } from '../model/types';
import { emptySelection, type Activity, type Notice, type Selection, type ViewportControls } from '../commands/context';
import { noticeForNote, noticeForRefusal } from '../commands/operationNotices';
import { emptyHistory, recordStep, type History } from './history';
import { followScenarios, scenarioViewSlice, type ScenarioViewState } from './scenarioView';

export type { Selection, ViewportControls };

export interface EditorState extends ScenarioViewState {
  document: SalesDocument;
  selection: Selection;
  history: History;
  /** The document as it was when the current gesture (a drag, a resize, a layout's glide) began. */
  gestureStart: SalesDocument | null;
  viewport: ViewportControls | null;
  /** The canvas's zoom as a whole percentage, for the read-out in the toolbar; not a document change. */
  zoomPercent: number;
  /**
   * How many analyses the worker has delivered (backgroundAnalysis.ts): selectors showing figures
   * run again when one arrives.
   */
  analysesArrived: number;
  /** The node whose label is being edited in place. */
  editingNodeId: string | null;
  /** The edge whose label is being edited in place. */
  editingEdgeId: string | null;
  notices: readonly (Notice & { id: number })[];
  /** Nodes marked by Find. */
  highlightedNodeIds: readonly string[];
  /** In a shared document: this client and the other people, their pointers and selections (src/sync/presence.ts). */
  presence: SharedPresence | null;
  activity: Activity | null;
  /** Another tab writes this document: every operation is refused here until the user takes over. */
  readOnly: boolean;

  /**
   * The one entry through which a document changes: runs the operation on the current document as
   * one undo step. A refusal, and anything the operation adjusted, is told to the user.
   */
  perform: (operation: Operation) => OperationResult;
  /** A gesture's intermediate states are shown but not recorded; its end records one step. */
  beginGesture: () => void;
  performDuringGesture: (operation: Operation) => OperationResult;
  endGesture: () => void;
  /** Takes back this person's last step, except fields a collaborator changed since (unlessMovedOn). */
  undo: () => void;
  redo: () => void;
  /**
   * Collaborators' edits to a shared document (src/sync's documentLink, from the binding's
   * remoteChanges): applied as undo and redo apply theirs, never a step of this user's history.
   */
  applyRemote: (changes: readonly Change[]) => void;
  setSelection: (selection: Selection) => void;
  /** Opens another document: the history belongs to the previous one and is dropped. */
  loadDocument: (document: SalesDocument) => void;
  setViewportControls: (viewport: ViewportControls | null) => void;
  setZoomPercent: (zoomPercent: number) => void;
  setEditingNode: (nodeId: string | null) => void;
  setEditingEdge: (edgeId: string | null) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (id: number) => void;
  setHighlightedNodes: (nodeIds: readonly string[]) => void;
  setPresence: (presence: SharedPresence | null) => void;
  setActivity: (activity: Activity | null) => void;
  setReadOnly: (readOnly: boolean) => void;
}

export type EditorStore = StoreApi<EditorState>;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

const MAX_NOTICES = 3;
let noticeCounter = 0;
const READ_ONLY: OperationResult = { ok: false, error: { code: 'read-only' } };

export function createEditorStore(initial: SalesDocument, now: () => number = Date.now): EditorStore {
  const touch = (document: SalesDocument): SalesDocument => ({ ...document, updatedAt: now() });

  const store = createStore<EditorState>()((set, get) => {
    const tell = (result: OperationResult) => {
      if (!result.ok) {
        const notice = noticeForRefusal(result.error);
        if (notice !== null) get().notify(notice);
        return;
      }
      for (const note of result.value.notes) get().notify(noticeForNote(note));
    };

    /** Runs an operation on the current document without recording it. */
    const run = (operation: Operation): OperationResult => {
      const { readOnly, document } = get();
      const result = readOnly ? READ_ONLY : operation(document);
      tell(result);
      return result;
    };

    return {
      ...scenarioViewSlice(set, get),
      document: initial,
      selection: emptySelection,
      history: emptyHistory,
      gestureStart: null,
      viewport: null,
      zoomPercent: 100,
      analysesArrived: 0,
      editingNodeId: null,
      editingEdgeId: null,
      notices: [],
      highlightedNodeIds: [],
      presence: null,
      activity: null,
      readOnly: false,

      perform: (operation) => {
        const result = run(operation);
        if (!result.ok || result.value.changes.length === 0) return result;
        const { changes } = result.value;
        const { gestureStart, history } = get();
        // An edit made during a gesture (a field typed while a layout glides) is a step of its own,
        // and the gesture's start takes it too, so the gesture's own step does not repeat it.
        set({
          document: touch(result.value.document),
          history: recordStep(history, { changes }),
          ...(gestureStart ? { gestureStart: applyChanges(gestureStart, changes) } : {}),
        });
        return result;
      },

      beginGesture: () => {
        if (get().gestureStart || get().readOnly) return;
        set({ gestureStart: get().document });
      },

      performDuringGesture: (operation) => {
        if (!get().gestureStart && !get().readOnly) set({ gestureStart: get().document });
        const result = run(operation);
        if (result.ok && result.value.changes.length > 0) set({ document: result.value.document });
        return result;
      },

      endGesture: () => {
        const { gestureStart, document, history } = get();
        if (!gestureStart) return;
        const changes = diffDocuments(gestureStart, document);
        if (changes.length === 0) {
          set({ gestureStart: null });
          return;
        }
        set({ gestureStart: null, document: touch(document), history: recordStep(history, { changes }) });
      },

      undo: () => {
        const { history, document, gestureStart, readOnly } = get();
        const entry = history.past[history.past.length - 1];
        if (gestureStart || readOnly || !entry) return;
        const changes = unlessMovedOn(document, invertChanges(entry.changes));
        set({
          document: touch(applyChanges(document, changes)),
          history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
        });
      },

      redo: () => {
        const { history, document, gestureStart, readOnly } = get();
        const entry = history.future[0];
        if (gestureStart || readOnly || !entry) return;
        set({
          document: touch(applyChanges(document, unlessMovedOn(document, entry.changes))),
          history: { past: [...history.past, entry], future: history.future.slice(1) },
        });
      },

      applyRemote: (changes) => {
        if (changes.length === 0) return;
        const { document, gestureStart } = get();
        // A gesture under way (a drag) keeps going from a start that includes the remote edit,
        // so its own step does not undo it.
        set({
          document: applyChanges(document, changes),
          ...(gestureStart ? { gestureStart: applyChanges(gestureStart, changes) } : {}),
        });
      },

      setSelection: (selection) => {
        const current = get().selection;
        if (sameIds(current.nodeIds, selection.nodeIds) && sameIds(current.edgeIds, selection.edgeIds)) return;
        set({ selection });
      },

      loadDocument: (document) => {
        set({
          document,
          history: emptyHistory,
          selection: emptySelection,
          gestureStart: null,
              editingNodeId: null,
          editingEdgeId: null,
        });
      },

      setViewportControls: (viewport) => {
        set({ viewport });
      },

      setZoomPercent: (zoomPercent) => {
        if (get().zoomPercent !== zoomPercent) set({ zoomPercent });
      },

      // Editing a label in place is an edit: not in a tab that only reads.
      setEditingNode: (editingNodeId) => {
        if (editingNodeId !== null && get().readOnly) return;
        set({ editingNodeId, editingEdgeId: null });
      },

      setEditingEdge: (editingEdgeId) => {
        if (editingEdgeId !== null && get().readOnly) return;
        set({ editingEdgeId, editingNodeId: null });
      },

      notify: (notice) => {
        noticeCounter += 1;
        // One message of a kind at a time: repeating an action should not stack identical toasts.
        const others = get().notices.filter((existing) => existing.key !== notice.key);
        set({ notices: [...others, { ...notice, id: noticeCounter }].slice(-MAX_NOTICES) });
      },

      setPresence: (presence) => {
        const current = get().presence;
        if (current === presence) return;
        if (current && presence && current.selfClientId === presence.selfClientId && current.selfColour === presence.selfColour && samePeers(current.peers, presence.peers)) return;
        set({ presence });
      },

      setHighlightedNodes: (highlightedNodeIds) => {
        set({ highlightedNodeIds });
      },

      setActivity: (activity) => {
        set({ activity });
      },

      setReadOnly: (readOnly) => {
        // A gesture in flight is ended where it is: its step is recorded, not lost.
        if (readOnly) get().endGesture();
        set({ readOnly, editingNodeId: null, editingEdgeId: null });
      },

      dismissNotice: (id) => {
        set({ notices: get().notices.filter((notice) => notice.id !== id) });
      },
    };
  });
  followScenarios(store);
  return store;
}
