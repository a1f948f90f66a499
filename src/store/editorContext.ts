import { createId } from '../lib/ids';
import type { EditorContext, PanelId, SnapshotReason } from '../commands/context';
import type { LayoutService } from '../commands/autoLayout';
import { isAvailable, type Command } from '../commands/command';
import type { EditorStore } from './editorStore';
import { applyLayout } from './applyLayout';
import { diffDocuments } from '../model/operations/diff';

/** What the surrounding UI lends commands: panels it owns and the system clipboard. */
export interface UiServices {
  openPanel: (panel: PanelId) => void;
  writeClipboard: (text: string) => Promise<void>;
  writeClipboardImage: (png: Blob | Promise<Blob>) => Promise<void>;
  readClipboard: () => Promise<string>;
  unassignedLaneLabel: () => string;
  layoutService: LayoutService;
  snapshot: (reason: SnapshotReason) => Promise<boolean>;
}

export function createEditorContext(store: EditorStore, ui: UiServices): EditorContext {
  const state = () => store.getState();
  return {
    document: () => state().document,
    selection: () => state().selection,
    perform: (operation) => state().perform(operation),
    select: (selection) => state().setSelection(selection),
    undo: () => state().undo(),
    redo: () => state().redo(),
    canUndo: () => state().history.past.length > 0,
    canRedo: () => state().history.future.length > 0,
    viewport: () => state().viewport,
    notify: (notice) => state().notify(notice),
    openPanel: ui.openPanel,
    editLabel: (nodeId) => state().setEditingNode(nodeId),
    writeClipboard: ui.writeClipboard,
    writeClipboardImage: ui.writeClipboardImage,
    unassignedLaneLabel: ui.unassignedLaneLabel,
    activity: () => state().activity,
    setActivity: (activity) => state().setActivity(activity),
    layoutService: ui.layoutService,
    snapshot: ui.snapshot,
    applyLayout: (next) => applyLayout(store, next),
    differsFromCurrent: (next) => diffDocuments(state().document, next).length > 0,
    canEdit: () => !state().readOnly,
    readClipboard: ui.readClipboard,
    newId: createId,
  };
}

/** Runs a command if it applies now (and edits only where editing is allowed); says whether it ran. A failure is told to the user, never dropped. */
export function runCommand(context: EditorContext, command: Command): boolean {
  if (!isAvailable(command, context)) return false;
  const fail = () => context.notify({ key: 'notice.commandFailed', tone: 'error' });
  try {
    Promise.resolve(command.run(context)).catch(fail);
  } catch {
    fail();
  }
  return true;
}
