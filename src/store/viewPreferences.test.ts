import { describe, expect, it } from 'vitest';
import { readPreferences, type ViewPreferences } from './viewPreferences';

const fallback: ViewPreferences = { wheelMode: 'zoom', minimap: true, paletteCollapsed: false, inspectorCollapsed: false };

describe('readPreferences', () => {
  it('reads what was stored', () => {
    const stored = { wheelMode: 'scroll', minimap: false, paletteCollapsed: true, inspectorCollapsed: true };
    expect(readPreferences(JSON.stringify(stored), fallback)).toEqual(stored);
  });

  it('keeps the defaults for anything missing, mistyped or unreadable', () => {
    expect(readPreferences(null, fallback)).toEqual(fallback);
    expect(readPreferences('{not json', fallback)).toEqual(fallback);
    expect(readPreferences('"text"', fallback)).toEqual(fallback);
    expect(readPreferences(JSON.stringify({ wheelMode: 'spin', minimap: 'no' }), fallback)).toEqual(fallback);
  });
});
