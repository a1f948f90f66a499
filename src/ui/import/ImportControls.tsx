import { replaceContent } from '../../commands/replaceContent';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { describeDocumentError } from '../../i18n/documentErrors';
import type { Normalized } from '../../model/normalize';
import { readDocumentFile, type ImportError } from './readDocumentFile';
import { ConfirmDialog } from '../ConfirmDialog';
import { RepairNotice } from '../RepairNotice';
import { useFileDrop } from './useFileDrop';

/**
 * The editor's Import: a file chosen with the button (or Ctrl+O) or dropped anywhere on the
 * window replaces the open document after a confirmation, as one undo step. A bad file changes
 * nothing and says why.
 */
export function ImportControls() {
  const { t, language } = useI18n();
  const store = useEditorStoreApi();
  const { panel, closePanel, context } = useEditorCommands();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Normalized | null>(null);
  // Each import gets its own notice, so one dismissed earlier does not hide the next.
  const [repaired, setRepaired] = useState<{ key: number; repairs: Normalized['repairs'] } | null>(null);

  const describe = useCallback(
    (failure: ImportError) => {
      if (failure.code === 'too-large') return t('import.tooLarge');
      if (failure.code === 'read-failed') return t('import.readFailed');
      return t('import.failed', { reason: describeDocumentError(language, failure.error) });
    },
    [t, language],
  );

  const importFile = useCallback(
    async (file: File) => {
      setError(null);
      const result = await readDocumentFile(file);
      if (!result.ok) {
        setError(describe(result.error));
        return;
      }
      setPending(result.value);
    },
    [describe],
  );

  useEffect(() => {
    if (panel !== 'import') return;
    closePanel();
    inputRef.current?.click();
  }, [panel, closePanel]);

  const dragging = useFileDrop((file) => {
    // Importing replaces the document: not in a tab that only reads.
    if (store.getState().readOnly) {
      store.getState().notify({ key: 'notice.readOnly', tone: 'error' });
      return;
    }
    void importFile(file);
  });

  const replace = async () => {
    if (!pending) return;
    const { document: imported, repairs } = pending;
    setPending(null);
    if ((await replaceContent(context, imported, 'before-import')) !== 'replaced') return;
    const state = store.getState();
    state.setSelection({ nodeIds: [], edgeIds: [] });
    state.viewport?.fitView();
    setRepaired((previous) => ({ key: (previous?.key ?? 0) + 1, repairs }));
  };

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="sf-visually-hidden"
        aria-label={t('import.choose')}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {dragging ? <div className="sf-drop-hint">{t('import.dropHint')}</div> : null}
      {error ? (
        <div className="sf-banner sf-banner--error" role="alert">
          <span>{error}</span>
          <button type="button" className="sf-button" onClick={() => setError(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
      {repaired ? <RepairNotice key={repaired.key} repairs={repaired.repairs} source="imported" /> : null}
      {pending ? (
        <ConfirmDialog
          message={t('import.replaceQuestion', { title: store.getState().document.title })}
          confirmLabel={t('import.replace')}
          cancelLabel={t('export.cancel')}
          onConfirm={() => void replace()}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
