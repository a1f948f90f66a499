import { useEffect, useRef } from 'react';
import { COMMANDS_BY_ID, type CommandId } from '../commands/catalogue';
import { isAvailable } from '../commands/command';
import { formatShortcut } from '../commands/shortcuts';
import { IS_MAC, useEditorCommands } from '../store/EditorCommandsProvider';
import { useT } from '../i18n/I18nProvider';

export type ContextMenuTarget = 'node' | 'edge' | 'pane';

export interface ContextMenuState {
  target: ContextMenuTarget;
  x: number;
  y: number;
}

const ITEMS: Record<ContextMenuTarget, readonly CommandId[]> = {
  node: ['editLabel', 'copy', 'cut', 'duplicate', 'delete', 'alignLeft', 'alignTop', 'distributeHorizontally', 'distributeVertically'],
  edge: ['delete'],
  pane: ['paste', 'selectAll', 'fitView', 'toggleSnap', 'shortcuts'],
};

/** The commands that apply where the user right-clicked, with their shortcuts. */
export function CanvasContextMenu({ menu, onClose }: { menu: ContextMenuState; onClose: () => void }) {
  const t = useT();
  const { context, run } = useEditorCommands();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const close = (event: Event) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', close, true);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('pointerdown', close, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const commands = ITEMS[menu.target].map((id) => COMMANDS_BY_ID.get(id)).filter((command) => command !== undefined);
  return (
    <div
      ref={ref}
      className="sf-context-menu"
      role="menu"
      aria-label={t('contextMenu.label')}
      style={{ left: menu.x, top: menu.y }}
    >
      {commands.map((command) => {
        const shortcut = command.shortcuts[0];
        return (
          <button
            key={command.id}
            type="button"
            role="menuitem"
            disabled={!isAvailable(command, context)}
            onClick={() => {
              run(command.id);
              onClose();
            }}
          >
            <span>{t(command.labelKey)}</span>
            {shortcut ? <kbd aria-hidden="true">{formatShortcut(shortcut, IS_MAC)}</kbd> : null}
          </button>
        );
      })}
    </div>
  );
}
