import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * How the user likes the canvas to behave, whatever document is open: preferences live in
 * localStorage (DESIGN.md), not in a document, and no edit of them is an undo step.
 */

/** `zoom`: the wheel zooms (and a sideways trackpad scroll pans); `scroll`: draw.io's way, the wheel scrolls and Ctrl or a pinch zooms. */
export type WheelMode = 'zoom' | 'scroll';
export const WHEEL_MODES: readonly WheelMode[] = ['zoom', 'scroll'];

export interface ViewPreferences {
  wheelMode: WheelMode;
  minimap: boolean;
  paletteCollapsed: boolean;
  inspectorCollapsed: boolean;
}

const STORAGE_KEY = 'salesflow:view';

// Below this width the inspector starts folded, so that the canvas keeps most of the window; the
// palette stays open, since a newcomer needs it to start. At 1024 px both fit beside a canvas of
// 62% of the width.
const NARROW = 960;

function defaults(): ViewPreferences {
  const narrow = typeof window !== 'undefined' && window.innerWidth < NARROW;
  return { wheelMode: 'zoom', minimap: true, paletteCollapsed: false, inspectorCollapsed: narrow };
}

/** Reads what was stored, keeping only fields of the right type: the entry may come from an older or a tampered build. */
export function readPreferences(text: string | null, fallback: ViewPreferences): ViewPreferences {
  if (text === null) return fallback;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return fallback;
  }
  if (typeof stored !== 'object' || stored === null) return fallback;
  const record = stored as Record<string, unknown>;
  const flag = (key: keyof ViewPreferences, value: boolean) => (typeof record[key] === 'boolean' ? (record[key] as boolean) : value);
  return {
    wheelMode: WHEEL_MODES.find((mode) => mode === record.wheelMode) ?? fallback.wheelMode,
    minimap: flag('minimap', fallback.minimap),
    paletteCollapsed: flag('paletteCollapsed', fallback.paletteCollapsed),
    inspectorCollapsed: flag('inspectorCollapsed', fallback.inspectorCollapsed),
  };
}

function load(): ViewPreferences {
  try {
    return readPreferences(localStorage.getItem(STORAGE_KEY), defaults());
  } catch {
    // Storage may be disabled: the defaults hold for this visit.
    return defaults();
  }
}

const preferences = createStore<ViewPreferences>()(load);

export function setViewPreference<K extends keyof ViewPreferences>(key: K, value: ViewPreferences[K]): void {
  preferences.setState({ [key]: value } as Pick<ViewPreferences, K>);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences.getState()));
  } catch {
    // The choice lasts for this visit only.
  }
}

export function useViewPreference<K extends keyof ViewPreferences>(key: K): ViewPreferences[K] {
  return useStore(preferences, (state) => state[key]);
}
