import type { MessageKey } from '../i18n/en';
import type { EditorContext } from './context';
import type { Shortcut } from './shortcuts';

export type CommandGroup = 'file' | 'edit' | 'selection' | 'arrange' | 'view' | 'help';

/** Every user action, declared once: its name, keys, when it applies and what it does. */
export interface Command<Id extends string = string> {
  id: Id;
  /** The label's message key, `command.<id>`: a command without its label in the catalogue does not compile. */
  labelKey: `command.${Id}` & MessageKey;
  group: CommandGroup;
  shortcuts: readonly Shortcut[];
  /**
   * True when the command changes the document or stored data (an edit, a layout, an import, a
   * restore): it is off, with its reason shown, in a tab that only reads the document.
   */
  edits: boolean;
  enabled: (context: EditorContext) => boolean;
  run: (context: EditorContext) => void | Promise<void>;
}

/** Declares a command, checking its label key against its id. */
export function command<Id extends string>(spec: Command<Id>): Command<Id> {
  return spec;
}

/** Whether the command can run now: it applies, and it edits only where editing is allowed. */
export function isAvailable(command: Command, context: EditorContext): boolean {
  return (!command.edits || context.canEdit()) && command.enabled(context);
}
