import { describe, expect, it, vi } from 'vitest';
import { persistState } from './persistence';

describe('persistState', () => {
  it('reports persisted storage without asking again', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await persistState({ request: true }, { persisted: () => Promise.resolve(true), persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks only when told to, and reports what the browser granted', async () => {
    const persisted = () => Promise.resolve(false);
    expect(await persistState({ request: false }, { persisted, persist: () => Promise.resolve(true) })).toBe('best-effort');
    expect(await persistState({ request: true }, { persisted, persist: () => Promise.resolve(true) })).toBe('persisted');
    expect(await persistState({ request: true }, { persisted, persist: () => Promise.resolve(false) })).toBe('best-effort');
  });

  it('copes with browsers that lack the API or refuse the call', async () => {
    expect(await persistState({ request: true }, undefined)).toBe('unsupported');
    expect(await persistState({ request: true }, {})).toBe('unsupported');
    expect(await persistState({ request: true }, { persisted: () => Promise.reject(new Error('insecure')) })).toBe('best-effort');
  });
});
