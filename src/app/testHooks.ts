import { useEffect } from 'react';
import { parseDocumentFile, serializeDocumentFile } from '../model/parse';
import type { EditorStore } from '../store/editorStore';
import { APP_VERSION } from '../lib/appVersion';

// End-to-end tests and the benchmark drive the app through the UI, but they need to open a
// document of a given size and read the document back. They opt in with a localStorage flag, so
// ordinary users never see this surface.
const FLAG = 'salesflow:test-hooks';

export interface SalesflowTestHooks {
  /** Opens a document file (JSON text); returns the error code when it does not parse. */
  openDocumentFile: (text: string) => string | null;
  documentFile: () => string;
}

declare global {
  interface Window {
    salesflowTest?: SalesflowTestHooks;
  }
}

function enabled(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

export function useTestHooks(store: EditorStore): void {
  useEffect(() => {
    if (!enabled()) return;
    window.salesflowTest = {
      openDocumentFile: (text) => {
        const parsed = parseDocumentFile(text);
        if (!parsed.ok) return parsed.error.code;
        store.getState().loadDocument(parsed.value);
        return null;
      },
      documentFile: () => serializeDocumentFile(store.getState().document, APP_VERSION),
    };
    return () => {
      delete window.salesflowTest;
    };
  }, [store]);
}
