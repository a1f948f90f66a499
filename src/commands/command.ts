import type { EditorContext } from './context';
import type { Shortcut } from './shortcuts';

export type CommandGroup = 'file' | 'edit' | 'selection' | 'arrange' | 'view' | 'help';

/** Every user action, declared once: its name, keys, when it applies and what it does. */
export interface Command {
  id: string;
  /** The i18n key of its label: `command.<id>`. */
  labelKey: `command.${string}`;
  group: CommandGroup;
  shortcuts: readonly Shortcut[];
  enabled: (context: EditorContext) => boolean;
  run: (context: EditorContext) => void | Promise<void>;
}
