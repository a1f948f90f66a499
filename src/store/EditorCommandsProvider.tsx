import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { COMMANDS, COMMANDS_BY_ID, type CommandId } from '../commands/catalogue';
import { isAvailable } from '../commands/command';
import { clipboardTextOfSelection, deleteSelectionNodes, pasteText } from '../commands/clipboardCommands';
import type { EditorContext, PanelId, SnapshotReason } from '../commands/context';
import type { LayoutService } from '../commands/autoLayout';
import { matchesShortcut } from '../commands/shortcuts';
import { createEditorContext, runCommand } from './editorContext';
import { useEditorStoreApi } from './EditorStoreProvider';
import { isControlTarget, isEditableTarget } from '../lib/isEditableTarget';

interface EditorCommandsValue {
  context: EditorContext;
  run: (commandId: CommandId) => boolean;
  panel: PanelId | null;
  closePanel: () => void;
}

const EditorCommandsContext = createContext<EditorCommandsValue | null>(null);

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

// Copy, cut and paste travel through the browser's clipboard events rather than keydown: the
// events carry the clipboard data without a permission prompt, in every browser.
const CLIPBOARD_COMMANDS: ReadonlySet<CommandId> = new Set(['copy', 'cut', 'paste']);

async function writeClipboard(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('clipboard unavailable');
  await navigator.clipboard.writeText(text);
}

async function writeClipboardImage(png: Blob | Promise<Blob>): Promise<void> {
  if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') throw new Error('clipboard unavailable');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

async function readClipboard(): Promise<string> {
  if (!navigator.clipboard?.readText) throw new Error('clipboard unavailable');
  return navigator.clipboard.readText();
}

interface EditorCommandsProviderProps {
  children: ReactNode;
  unassignedLaneLabel: string;
  layoutService: LayoutService;
  snapshot: (reason: SnapshotReason) => Promise<boolean>;
  /** The panel open from the start: the presentation, when the address names a step. */
  initialPanel?: PanelId;
}

export function EditorCommandsProvider({ children, unassignedLaneLabel, layoutService, snapshot, initialPanel }: EditorCommandsProviderProps) {
  const store = useEditorStoreApi();
  const [panel, setPanel] = useState<PanelId | null>(initialPanel ?? null);
  const unassignedLabel = useRef(unassignedLaneLabel);
  unassignedLabel.current = unassignedLaneLabel;

  const context = useMemo(
    () =>
      createEditorContext(store, {
        openPanel: setPanel,
        writeClipboard,
        writeClipboardImage,
        readClipboard,
        unassignedLaneLabel: () => unassignedLabel.current,
        layoutService,
        snapshot,
      }),
    [store, layoutService, snapshot],
  );

  const run = useCallback(
    (commandId: CommandId) => {
      const command = COMMANDS_BY_ID.get(commandId);
      return command ? runCommand(context, command) : false;
    },
    [context],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isEditableTarget(event.target)) return;
      if (isControlTarget(event.target, event.key)) return;
      if (store.getState().editingNodeId || store.getState().editingEdgeId) return;
      for (const command of COMMANDS) {
        if (CLIPBOARD_COMMANDS.has(command.id)) continue;
        if (!command.shortcuts.some((shortcut) => matchesShortcut(event, shortcut, IS_MAC))) continue;
        if (!isAvailable(command, context)) return;
        event.preventDefault();
        runCommand(context, command);
        return;
      }
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || !event.clipboardData) return;
      const text = clipboardTextOfSelection(context);
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onCut = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || !event.clipboardData) return;
      const text = clipboardTextOfSelection(context);
      if (text === null) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      // In a tab that only reads, a cut is a copy: the document stays as it is.
      if (context.canEdit()) deleteSelectionNodes(context);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditableTarget(event.target) || !event.clipboardData) return;
      event.preventDefault();
      if (!context.canEdit()) {
        context.notify({ key: 'notice.readOnly', tone: 'error' });
        return;
      }
      pasteText(context, event.clipboardData.getData('text/plain'));
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [context, store]);

  const value = useMemo(() => ({ context, run, panel, closePanel: () => setPanel(null) }), [context, run, panel]);
  return <EditorCommandsContext.Provider value={value}>{children}</EditorCommandsContext.Provider>;
}

export function useEditorCommands(): EditorCommandsValue {
  const value = useContext(EditorCommandsContext);
  if (!value) throw new Error('useEditorCommands needs an EditorCommandsProvider above it');
  return value;
}
