import { describe, expect, it } from 'vitest';
import { err, ok } from '../lib/result';
import { sampleDocument } from '../model/sample';
import type { Repository } from '../storage/repository';
import { createEditorStore } from '../store/editorStore';
import { snapshotOrWarn } from './restorePoints';

function repositoryAnswering(snapshot: Repository['snapshot']): Repository {
  return { snapshot } as Repository;
}

describe('snapshotOrWarn', () => {
  it('says so when the database refuses the restore point, and leaves the document alone', async () => {
    const document = sampleDocument();
    const store = createEditorStore(document, () => 1000);
    await snapshotOrWarn(repositoryAnswering(() => Promise.resolve(err({ code: 'quota-exceeded' }) as never)), store, 'interval');
    expect(store.getState().notices.map((notice) => notice.key)).toEqual(['notice.snapshotFailed']);
    expect(store.getState().document).toBe(document);
  });

  it('is quiet when the restore point is kept', async () => {
    const store = createEditorStore(sampleDocument(), () => 1000);
    await snapshotOrWarn(repositoryAnswering(() => Promise.resolve(ok({}) as never)), store, 'before-layout');
    expect(store.getState().notices).toEqual([]);
  });
});
