import { useCallback } from 'react';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import type { DocumentUpdate } from '../../store/editorStore';

/**
 * One undo step on the document this panel was showing. A field can commit after another document
 * has been opened (see useDraft); ids repeat across documents made from one template, so the edit
 * is dropped rather than landing on a node of the same id elsewhere.
 */
export function useEdit(): (update: DocumentUpdate) => void {
  const store = useEditorStoreApi();
  const documentId = useEditor((state) => state.document.id);
  return useCallback(
    (update: DocumentUpdate) => store.getState().apply((doc) => (doc.id === documentId ? update(doc) : doc)),
    [store, documentId],
  );
}
