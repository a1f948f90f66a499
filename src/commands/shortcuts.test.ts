import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut, type KeyPress } from './shortcuts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('matchesShortcut', () => {
  it('maps the mod key to Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesShortcut(press('z', { ctrlKey: true }), { key: 'z', mod: true }, false)).toBe(true);
    expect(matchesShortcut(press('z', { metaKey: true }), { key: 'z', mod: true }, false)).toBe(false);
    expect(matchesShortcut(press('z', { metaKey: true }), { key: 'z', mod: true }, true)).toBe(true);
  });

  it('tells Shift apart for letters and ignores case', () => {
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), { key: 'z', mod: true }, false)).toBe(false);
    expect(matchesShortcut(press('Z', { ctrlKey: true, shiftKey: true }), { key: 'z', mod: true, shift: true }, false)).toBe(true);
  });

  it('matches a symbol whether or not the layout needed Shift for it', () => {
    expect(matchesShortcut(press('?', { shiftKey: true }), { key: '?' }, false)).toBe(true);
    expect(matchesShortcut(press('+', { shiftKey: true }), { key: '+' }, false)).toBe(true);
    expect(matchesShortcut(press('+'), { key: '+' }, false)).toBe(true);
  });

  it('matches Shift+1 by the digit pressed, although Shift turns it into "!"', () => {
    expect(matchesShortcut(press('!', { shiftKey: true }), { key: '1', shift: true }, false)).toBe(true);
    expect(matchesShortcut(press('1'), { key: '1', shift: true }, false)).toBe(false);
  });

  it('refuses extra modifiers', () => {
    expect(matchesShortcut(press('ArrowUp', { altKey: true }), { key: 'ArrowUp' }, false)).toBe(false);
  });
});

describe('formatShortcut', () => {
  it('writes shortcuts for each platform', () => {
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatShortcut({ key: 'ArrowUp', shift: true }, false)).toBe('Shift+↑');
  });
});
