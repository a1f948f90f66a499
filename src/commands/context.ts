import type { MessageKey } from '../i18n/en';
import type { Operation, OperationResult } from '../model/operations';
import type { Point, SalesDocument } from '../model/types';
import type { LayoutService } from './autoLayout';

export interface Selection {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

export const emptySelection: Selection = { nodeIds: [], edgeIds: [] };

/** What the canvas lends the rest of the app to move the view. */
export interface ViewportControls {
  fitView: () => void;
  /** Fits the selected nodes, or everything when nothing is selected. */
  fitSelection: () => void;
  /** 100%, about the centre of the view. */
  actualSize: () => void;
  /** The view a document opens with (and gets after Auto layout): fitted while labels stay readable, else readable on the start or the selection. */
  showDocument: () => void;
  /** Moves the view just enough to show the node, as a text editor scrolls to the caret. */
  reveal: (nodeId: string) => void;
  centerOnNode: (nodeId: string) => void;
  /**
   * Fits the nodes into the view above `bottomInset` pixels kept free (for a caption), gliding
   * there unless `instant`.
   */
  showNodes: (nodeIds: readonly string[], options: { bottomInset: number; instant: boolean }) => void;
  /** Notes the view as it is; the function returned puts it back (leaving a presentation). */
  saveView: () => () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  /** The centre of the visible canvas, in canvas units. */
  viewCentre: () => Point;
  /** Puts a point of the canvas in the middle of the view, at the same zoom (following a collaborator). */
  centreOn: (point: Point) => void;
  /** A point of the window (a pointer's client coordinates) in canvas units. */
  toCanvasPoint: (client: Point) => Point;
}

/** A short message for the user, as a key that src/i18n turns into a sentence. */
export type NoticeKey = Extract<MessageKey, `notice.${string}`>;

/** A long-running action the user can watch and cancel. */
export interface Activity {
  kind: 'layout';
  cancel: () => void;
}

/** Why a history snapshot was taken (documents issue: before every risky command). */
export type SnapshotReason = 'before-layout' | 'before-import' | 'before-template' | 'before-bulk-delete' | 'before-restore';

export interface Notice {
  key: NoticeKey;
  params?: Record<string, string | number>;
  tone: 'info' | 'error';
}

export type PanelId = 'shortcuts' | 'find' | 'export' | 'import' | 'history' | 'connectTo' | 'present';

/** Everything a command may touch, handed in by whoever runs it; commands import no store. */
export interface EditorContext {
  document: () => SalesDocument;
  selection: () => Selection;
  /** Runs one operation as one undo step; a refusal is told to the user and returned. */
  perform: (operation: Operation) => OperationResult;
  select: (selection: Selection) => void;
  undo: () => void;
  redo: () => void;
  canUndo: () => boolean;
  canRedo: () => boolean;
  viewport: () => ViewportControls | null;
  notify: (notice: Notice) => void;
  openPanel: (panel: PanelId) => void;
  editLabel: (nodeId: string) => void;
  writeClipboard: (text: string) => Promise<void>;
  /** The image may still be on its way: the clipboard is asked at once, while the click still counts. */
  writeClipboardImage: (png: Blob | Promise<Blob>) => Promise<void>;
  readClipboard: () => Promise<string>;
  newId: (prefix: string) => string;
  /** Header of the swimlane band of nodes without a lane, in the user's language. */
  unassignedLaneLabel: () => string;
  activity: () => Activity | null;
  setActivity: (activity: Activity | null) => void;
  layoutService: LayoutService;
  /** Stores the current document as a revision, when storage is available; false when it could not be stored. */
  snapshot: (reason: SnapshotReason) => Promise<boolean>;
  /** False when `next` is the current document over again: nothing to record, nothing to snapshot. */
  differsFromCurrent: (next: SalesDocument) => boolean;
  /** Takes a layout's result as one undo step, nodes gliding to their places (not under reduced motion). */
  applyLayout: (next: SalesDocument) => Promise<OperationResult>;
  /** False in a tab that only reads the document: commands that change it do not run. */
  canEdit: () => boolean;
}
