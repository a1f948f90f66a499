import { useEffect, useRef } from 'react';
import { usePopoverFocus } from './usePopoverFocus';
import { COMMANDS } from '../commands/catalogue';
import type { CommandGroup } from '../commands/command';
import { formatShortcut } from '../commands/shortcuts';
import { useT } from '../i18n/I18nProvider';
import { IS_MAC } from '../store/EditorCommandsProvider';

const GROUPS: readonly CommandGroup[] = ['file', 'edit', 'selection', 'arrange', 'view', 'help'];

/** Every command with a shortcut, from the same declarations the key handler uses. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);

  // Before showModal, so that the button that opened the dialog is the one focus returns to.
  usePopoverFocus(true, dialogRef, onClose);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="sf-dialog sf-shortcuts"
      aria-labelledby="sf-shortcuts-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <header className="sf-dialog__header">
        <h2 id="sf-shortcuts-title">{t('shortcuts.title')}</h2>
        <button type="button" className="sf-button" onClick={() => dialogRef.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </header>
      <div className="sf-shortcuts__groups">
        {GROUPS.map((group) => {
          const commands = COMMANDS.filter((command) => command.group === group && command.shortcuts.length > 0);
          if (commands.length === 0) return null;
          return (
            <table key={group} className="sf-shortcuts__table">
              <caption>{t(`commandGroup.${group}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('shortcuts.column.action')}</th>
                  <th scope="col">{t('shortcuts.column.keys')}</th>
                </tr>
              </thead>
              <tbody>
                {commands.map((command) => (
                  <tr key={command.id} data-command={command.id}>
                    <td>{t(command.labelKey)}</td>
                    <td>
                      {command.shortcuts.map((shortcut) => (
                        <kbd key={formatShortcut(shortcut, IS_MAC)}>{formatShortcut(shortcut, IS_MAC)}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </dialog>
  );
}
