import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SalesDocument } from '../model/types';
import { emptySelection, type Activity, type Notice, type Selection, type ViewportControls } from '../commands/context';
import { emptyHistory, recordStep, redoStep, undoStep, type History } from './history';

export type { Selection, ViewportControls };

export type DocumentUpdate = (document: SalesDocument) => SalesDocument;

export interface EditorState {
  document: SalesDocument;
  selection: Selection;
  history: History;
  /** The document as it was when the current gesture (a drag, a resize) began. */
  gestureStart: SalesDocument | null;
  viewport: ViewportControls | null;
  /** The node whose label is being edited in place. */
  editingNodeId: string | null;
  /** The edge whose label is being edited in place. */
  editingEdgeId: string | null;
  notices: readonly (Notice & { id: number })[];
  /** Nodes marked by Find. */
  highlightedNodeIds: readonly string[];
  activity: Activity | null;
  /** Another tab writes this document: edits are refused here until the user takes over. */
  readOnly: boolean;

  /** One user action, one undo step. */
  apply: (update: DocumentUpdate) => void;
  /** A gesture's intermediate states are shown but not recorded; its end records one step. */
  beginGesture: () => void;
  applyDuringGesture: (update: DocumentUpdate) => void;
  endGesture: () => void;
  undo: () => void;
  redo: () => void;
  setSelection: (selection: Selection) => void;
  /** Opens another document: the history belongs to the previous one and is dropped. */
  loadDocument: (document: SalesDocument) => void;
  setViewportControls: (viewport: ViewportControls | null) => void;
  setEditingNode: (nodeId: string | null) => void;
  setEditingEdge: (edgeId: string | null) => void;
  notify: (notice: Notice) => void;
  dismissNotice: (id: number) => void;
  setHighlightedNodes: (nodeIds: readonly string[]) => void;
  setActivity: (activity: Activity | null) => void;
  setReadOnly: (readOnly: boolean) => void;
}

export type EditorStore = StoreApi<EditorState>;

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

const MAX_NOTICES = 3;
let noticeCounter = 0;

export function createEditorStore(initial: SalesDocument, now: () => number = Date.now): EditorStore {
  const touch = (document: SalesDocument): SalesDocument => ({ ...document, updatedAt: now() });

  return createStore<EditorState>()((set, get) => ({
    document: initial,
    selection: emptySelection,
    history: emptyHistory,
    gestureStart: null,
    viewport: null,
    editingNodeId: null,
    editingEdgeId: null,
    notices: [],
    highlightedNodeIds: [],
    activity: null,
    readOnly: false,

    apply: (update) => {
      const { document, history, gestureStart, readOnly } = get();
      if (readOnly) return;
      const next = update(document);
      if (next === document) return;
      if (gestureStart) {
        set({ document: touch(next) });
        return;
      }
      set({ document: touch(next), history: recordStep(history, document) });
    },

    beginGesture: () => {
      if (get().gestureStart || get().readOnly) return;
      set({ gestureStart: get().document });
    },

    applyDuringGesture: (update) => {
      if (get().readOnly) return;
      if (!get().gestureStart) set({ gestureStart: get().document });
      const { document } = get();
      const next = update(document);
      if (next !== document) set({ document: next });
    },

    endGesture: () => {
      const { gestureStart, document, history } = get();
      if (!gestureStart) return;
      if (gestureStart === document) {
        set({ gestureStart: null });
        return;
      }
      set({ gestureStart: null, document: touch(document), history: recordStep(history, gestureStart) });
    },

    undo: () => {
      const { history, document, gestureStart, readOnly } = get();
      if (gestureStart || readOnly) return;
      const step = undoStep(history, document);
      if (step) set({ document: step.document, history: step.history });
    },

    redo: () => {
      const { history, document, gestureStart, readOnly } = get();
      if (gestureStart || readOnly) return;
      const step = redoStep(history, document);
      if (step) set({ document: step.document, history: step.history });
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

    setEditingNode: (editingNodeId) => {
      set({ editingNodeId, editingEdgeId: null });
    },

    setEditingEdge: (editingEdgeId) => {
      set({ editingEdgeId, editingNodeId: null });
    },

    notify: (notice) => {
      noticeCounter += 1;
      // One message of a kind at a time: repeating an action should not stack identical toasts.
      const others = get().notices.filter((existing) => existing.key !== notice.key);
      set({ notices: [...others, { ...notice, id: noticeCounter }].slice(-MAX_NOTICES) });
    },

    setHighlightedNodes: (highlightedNodeIds) => {
      set({ highlightedNodeIds });
    },

    setActivity: (activity) => {
      set({ activity });
    },

    setReadOnly: (readOnly) => {
      set({ readOnly, gestureStart: null, editingNodeId: null, editingEdgeId: null });
    },


    dismissNotice: (id) => {
      set({ notices: get().notices.filter((notice) => notice.id !== id) });
    },
  }));
}
