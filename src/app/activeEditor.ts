import type { EditorStore } from '../store/editorStore';

// The editor store of the open document, for the test hooks and the benchmark, which need to read
// it back and to wait for a document to open.
let active: EditorStore | null = null;
const listeners = new Set<() => void>();

export function setActiveEditor(store: EditorStore | null): void {
  active = store;
  for (const listener of listeners) listener();
}

export function activeEditor(): EditorStore | null {
  return active;
}

export function whenEditorOpens(documentId: string): Promise<EditorStore> {
  return new Promise((resolve) => {
    const check = () => {
      if (active?.getState().document.id === documentId) {
        listeners.delete(check);
        resolve(active);
      }
    };
    listeners.add(check);
    check();
  });
}
