// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetShared, noteSharedState, rememberShared, SHARED_EVENT, sharedEntry } from './sharedRegistry';

const entry = { name: 'doc-on-server', token: 'token', role: 'edit' as const };

afterEach(() => localStorage.clear());

describe('shared registry', () => {
  it("notes a document's last state for the library without telling an open editor to start again", () => {
    rememberShared('a', entry);
    const heard = vi.fn();
    window.addEventListener(SHARED_EVENT, heard);
    try {
      noteSharedState('a', 'unsynced');
      expect(sharedEntry('a')).toEqual({ ...entry, lastState: 'unsynced' });
      noteSharedState('a', 'revoked');
      expect(sharedEntry('a')?.lastState).toBe('revoked');
      // A document that is not shared stays unknown.
      noteSharedState('b', 'saved');
      expect(sharedEntry('b')).toBeNull();
      expect(heard).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener(SHARED_EVENT, heard);
    }
  });

  it('forgets a document whose sharing stopped, and tells an open editor so', () => {
    rememberShared('a', entry);
    rememberShared('c', { ...entry, name: 'other' });
    const heard = vi.fn();
    window.addEventListener(SHARED_EVENT, heard);
    try {
      forgetShared('a');
      expect(sharedEntry('a')).toBeNull();
      expect(sharedEntry('c')?.name).toBe('other');
      expect(heard).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener(SHARED_EVENT, heard);
    }
  });
});
