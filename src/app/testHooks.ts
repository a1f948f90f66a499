import { useEffect } from 'react';
import { parseDocumentFile, serializeDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { Repository } from '../storage/repository';
import { APP_VERSION } from '../lib/appVersion';
import { testHooksEnabled } from '../lib/testSwitches';
import { activeEditor, whenEditorOpens } from './activeEditor';
import { editorHash } from '../lib/documentAddress';

// End-to-end tests and the benchmark drive the app through the UI, but they need to open a
// document of a given size and read the document back. They opt in with a localStorage flag, so
// ordinary users never see this surface.

export interface SalesflowTestHooks {
  /** Stores a document file (JSON text) and opens it; answers the error code when it does not parse. */
  openDocumentFile: (text: string) => Promise<string | null>;
  documentFile: () => string;
}

declare global {
  interface Window {
    salesflowTest?: SalesflowTestHooks;
  }
}

// A test whose document did not store must fail there, not later on a confusing screen.
async function saveOrThrow(repository: Repository, document: SalesDocument): Promise<void> {
  const saved = await repository.save(document);
  if (!saved.ok) throw new Error(`the test document was not stored: ${saved.error.code}`);
}

async function open(document: SalesDocument, repository: Repository | null, memory: Map<string, SalesDocument>): Promise<void> {
  const current = activeEditor();
  if (current?.getState().document.id === document.id) {
    if (repository) await saveOrThrow(repository, document);
    current.getState().loadDocument(document);
    return;
  }
  if (repository) await saveOrThrow(repository, document);
  else memory.set(document.id, document);
  window.location.hash = editorHash(document.id);
  await whenEditorOpens(document.id);
}

export function useTestHooks(repository: Repository | null, memory: Map<string, SalesDocument>, ready: boolean): void {
  useEffect(() => {
    if (!ready || !testHooksEnabled()) return;
    window.salesflowTest = {
      openDocumentFile: async (text) => {
        const parsed = parseDocumentFile(text);
        if (!parsed.ok) return parsed.error.code;
        await open(parsed.value, repository, memory);
        return null;
      },
      documentFile: () => {
        const store = activeEditor();
        if (!store) throw new Error('no document is open');
        return serializeDocumentFile(store.getState().document, APP_VERSION);
      },
    };
    return () => {
      delete window.salesflowTest;
    };
  }, [repository, memory, ready]);
}
