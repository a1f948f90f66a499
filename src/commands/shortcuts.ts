// Keyboard shortcuts as data, so one declaration drives the key handler and the help dialog.

export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively for letters. */
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

// Shift changes `key` for digits and symbols ("1" becomes "!"), so those shortcuts also match by
// the unshifted character the user pressed.
const SHIFTED_DIGITS: ReadonlyMap<string, string> = new Map([
  ['!', '1'],
  ['@', '2'],
  ['#', '3'],
  [')', '0'],
  ['?', '/'],
]);

function sameKey(pressed: string, wanted: string): boolean {
  if (pressed.toLowerCase() === wanted.toLowerCase()) return true;
  return SHIFTED_DIGITS.get(pressed) === wanted;
}

export function matchesShortcut(press: KeyPress, shortcut: Shortcut, isMac: boolean): boolean {
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const otherMod = isMac ? press.ctrlKey : press.metaKey;
  if (Boolean(shortcut.mod) !== mod || otherMod) return false;
  if (Boolean(shortcut.alt) !== press.altKey) return false;
  // Symbols such as "?" and "+" need Shift on some layouts and not on others, so a shortcut on a
  // symbol matches the character typed, whatever Shift did to produce it.
  const isSymbol = shortcut.key.length === 1 && !/[\p{L}\p{N}]/u.test(shortcut.key);
  if (isSymbol && press.key === shortcut.key) return true;
  if (Boolean(shortcut.shift) !== press.shiftKey) return false;
  return sameKey(press.key, shortcut.key);
}

const KEY_NAMES: ReadonlyMap<string, string> = new Map([
  ['ArrowUp', '↑'],
  ['ArrowDown', '↓'],
  ['ArrowLeft', '←'],
  ['ArrowRight', '→'],
  ['Delete', 'Del'],
  ['Backspace', '⌫'],
  ['Escape', 'Esc'],
  [' ', 'Space'],
]);

export function formatShortcut(shortcut: Shortcut, isMac: boolean): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? '⌘' : 'Ctrl');
  if (shortcut.alt) parts.push(isMac ? '⌥' : 'Alt');
  if (shortcut.shift) parts.push(isMac ? '⇧' : 'Shift');
  const key = KEY_NAMES.get(shortcut.key) ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key);
  parts.push(key);
  return parts.join(isMac ? '' : '+');
}
