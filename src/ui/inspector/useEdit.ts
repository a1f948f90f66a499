import { useCallback } from 'react';
import { onDocument, type Operation } from '../../model/operations';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';

/** One undo step on the document this panel was showing (see onDocument). */
export function useEdit(): (operation: Operation) => void {
  const store = useEditorStoreApi();
  const documentId = useEditor((state) => state.document.id);
  return useCallback(
    (operation: Operation) => {
      store.getState().perform(onDocument(documentId, operation));
    },
    [store, documentId],
  );
}
