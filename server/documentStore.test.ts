import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentStore } from './documentStore';

const folders: string[] = [];
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'salesflow-store-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('document store', () => {
  it('keeps what it stored across a reopen', async () => {
    const folder = freshFolder();
    const first = await DocumentStore.open(folder);
    first.create('doc', new Uint8Array([1, 2, 3]));
    expect(first.store('doc', new Uint8Array([4, 5]))).toBe(true);
    // No close: a killed process never closes; the file must already hold the write.
    const reopened = await DocumentStore.open(folder);
    expect(reopened.read('doc')).toEqual({ state: new Uint8Array([4, 5]), generation: 1 });
    expect(reopened.read('other')).toBeNull();
  });

  it('refuses to store a document that was never created', async () => {
    const store = await DocumentStore.open(freshFolder());
    expect(store.store('nobody', new Uint8Array([1]))).toBe(false);
    expect(store.read('nobody')).toBeNull();
  });
});
