// One field edit as the editor makes it: the operation (diff and limits check), the undo history,
// and the autosave scheduling the document session subscribes to the store. The save itself is
// stubbed: its cost is the storage figure's, and it runs after the 300 ms pause, not in the edit.
import { ok } from '../../../src/lib/result';
import { editNode } from '../../../src/model/operations';
import type { SalesDocument } from '../../../src/model/types';
import { createAutosaver } from '../../../src/storage/autosave';
import { createEditorStore } from '../../../src/store/editorStore';
import { labDocument } from './documents';

export const operations = {
  /** Milliseconds of main thread per label edit, for `samples` successive edits of one document. */
  fieldEdit(nodes: number, samples: number): number[] {
    const document: SalesDocument = labDocument(nodes, true).doc;
    const store = createEditorStore(document);
    const saver = createAutosaver<SalesDocument>({ save: () => Promise.resolve(ok(undefined)), delayMs: 300 });
    const unsubscribe = store.subscribe((current, previous) => {
      if (current.document !== previous.document && !current.gestureStart) saver.schedule(current.document);
    });
    const times: number[] = [];
    try {
      for (let sample = 0; sample < samples; sample += 1) {
        const node = document.nodes[(sample * 7919) % document.nodes.length]!;
        const start = performance.now();
        const result = store.getState().perform(editNode(node.id, { label: `${node.label} ${sample}` }));
        times.push(performance.now() - start);
        if (!result.ok || result.value.changes.length !== 1) throw new Error('the edit did not land as one change');
      }
    } finally {
      unsubscribe();
      saver.dispose();
    }
    return times;
  },
};
