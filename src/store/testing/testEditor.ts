import type { SalesDocument } from '../../model/types';
import { createEditorContext, type UiServices } from '../editorContext';
import { createEditorStore } from '../editorStore';

/**
 * An editor store and its command context with no browser behind it: each service the test does
 * not give rejects, so a command that reaches for one it should not use fails loudly.
 */
export function testEditor(document: SalesDocument, services: Partial<UiServices> = {}) {
  const store = createEditorStore(document, () => 1_800_000_000_000);
  const unused = () => Promise.reject(new Error('not used here'));
  const context = createEditorContext(store, {
    openPanel: () => undefined,
    writeClipboard: unused,
    writeClipboardImage: unused,
    readClipboard: unused,
    unassignedLaneLabel: () => 'Unassigned',
    layoutService: { layout: unused },
    snapshot: () => Promise.resolve(true),
    ...services,
  });
  return { store, context };
}
