import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, storageErrorFrom } from './errors';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageErrorFrom', () => {
  it.each([
    ['a QuotaExceededError', quota],
    ['Dexie’s own QuotaExceededError', new Dexie.QuotaExceededError('full', quota)],
    ['an AbortError whose inner is the quota error', new Dexie.AbortError(quota)],
    ['a standard error caused by it', new Error('commit failed', { cause: quota })],
    ['Firefox’s old localStorage name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
  ])('recognises a full disk in %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(storageErrorFrom(error, 'write')).toEqual({ code: 'quota-exceeded' });
  });

  it('calls a database that cannot be opened unavailable, whatever was attempted', () => {
    expect(storageErrorFrom(new Dexie.MissingAPIError(), 'write')).toEqual({ code: 'unavailable', reason: 'failed' });
    expect(storageErrorFrom(new Dexie.DatabaseClosedError(), 'write')).toEqual({ code: 'unavailable', reason: 'failed' });
    expect(storageErrorFrom(new Dexie.OpenFailedError(new DOMException('x', 'InvalidStateError')), 'write')).toEqual({
      code: 'unavailable',
      reason: 'failed',
    });
  });

  it('calls any other failure a failed write or an unavailable read', () => {
    expect(storageErrorFrom(new Dexie.AbortError(), 'write')).toEqual({ code: 'write-failed' });
    expect(storageErrorFrom(new DOMException('x', 'DataCloneError'), 'write')).toEqual({ code: 'write-failed' });
    expect(storageErrorFrom('not even an error', 'write')).toEqual({ code: 'write-failed' });
    expect(storageErrorFrom(new Dexie.UnknownError(), 'read')).toEqual({ code: 'unavailable', reason: 'failed' });
  });

  it('stops following causes that loop', () => {
    const looping: { name: string; inner?: unknown } = { name: 'AbortError' };
    looping.inner = looping;
    expect(isQuotaError(looping)).toBe(false);
  });
});
