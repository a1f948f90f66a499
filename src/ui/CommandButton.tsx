import type { ReactNode } from 'react';
import { COMMANDS_BY_ID, type CommandId } from '../commands/catalogue';
import { useT } from '../i18n/I18nProvider';
import { useEditorCommands } from '../store/EditorCommandsProvider';
import { IconButton } from './IconButton';
import { useReadOnlyReason } from './useReadOnlyReason';

interface CommandButtonProps {
  command: CommandId;
  icon: ReactNode;
  /** Off for a reason of the caller's (nothing to undo), besides a tab that only reads. */
  disabled?: boolean;
  pressed?: boolean;
}

/** A toolbar button that runs a command, named by the command's own label. */
export function CommandButton({ command, icon, disabled = false, pressed }: CommandButtonProps) {
  const t = useT();
  const { run } = useEditorCommands();
  const readOnlyReason = useReadOnlyReason();
  const declared = COMMANDS_BY_ID.get(command);
  const label = declared ? t(declared.labelKey) : command;
  const blocked = declared?.edits === true && readOnlyReason !== undefined;
  return (
    <IconButton
      label={label}
      icon={icon}
      onClick={() => run(command)}
      disabled={disabled || blocked}
      pressed={pressed}
      {...(blocked ? { tooltip: readOnlyReason } : {})}
    />
  );
}
