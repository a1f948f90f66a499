import { replaceContent } from '../../commands/replaceContent';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { insertContent } from '../../model/operations';
import type { Normalized } from '../../model/normalize';
import type { SalesDocument } from '../../model/types';
import { readImportFile, type ImportedContent } from './readImportFile';
import { describeDoorError } from './doorMessages';
import { IMPORT_ACCEPT } from './importAccept';
import { laidOutImport, type LaidOutError } from './laidOutImport';
import { ConfirmDialog } from '../ConfirmDialog';
import { RepairNotice } from '../RepairNotice';
import { graphSourceOf, onlyPage, type GraphPage, type GraphSource } from './graphImport';
import { ImportSteps } from './ImportSteps';
import type { ImportSkip } from './importSkips';
import { PlaceImportDialog } from './PlaceImportDialog';
import { SkippedNotice } from './SkippedNotice';
import { useFileDrop } from './useFileDrop';
import { ImportDealDataDialog } from '../actuals/ImportDealDataDialog';

type Pending =
  | Extract<ImportedContent, { kind: 'salesflow-json' } | { kind: 'deal-table' }>
  | { kind: 'steps'; source: GraphSource }
  | { kind: 'place'; page: GraphPage };
type Report = { key: number; repairs: Normalized['repairs']; skipped: ImportSkip[] };

/**
 * The editor's Import: a file chosen with the button (or Ctrl+O) or dropped anywhere on the
 * window goes through the file door. A Salesflow document replaces the open one after a
 * confirmation; a Mermaid chart or a process table (laid out by auto layout; the table after its
 * mapping step) or a draw.io page (as drawn; the user picks the page when there are several)
 * replaces it or is inserted beside it (selected), as the user chooses; a table of deals opens
 * Import deal data. Each is one undo step. A bad file changes nothing and says why.
 */
export function ImportControls() {
  const { t, language } = useI18n();
  const store = useEditorStoreApi();
  const { panel, closePanel, context } = useEditorCommands();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  // Each import gets its own notice, so one dismissed earlier does not hide the next.
  const [report, setReport] = useState<Report | null>(null);

  const fail = useCallback((failure: LaidOutError) => setError(describeDoorError(language, failure)), [language]);

  const importFile = useCallback(
    async (file: File) => {
      setError(null);
      const result = await readImportFile(file);
      if (!result.ok) {
        fail(result.error);
        return;
      }
      if (result.value.kind === 'salesflow-json' || result.value.kind === 'deal-table') {
        setPending(result.value);
        return;
      }
      const source = graphSourceOf(result.value);
      const page = onlyPage(source);
      setPending(page ? { kind: 'place', page } : { kind: 'steps', source });
    },
    [fail],
  );

  useEffect(() => {
    if (panel !== 'import') return;
    closePanel();
    inputRef.current?.click();
  }, [panel, closePanel]);

  const dragging = useFileDrop((file) => {
    // Importing changes the document: not in a tab that only reads.
    if (store.getState().readOnly) {
      store.getState().notify({ key: 'notice.readOnly', tone: 'error' });
      return;
    }
    void importFile(file);
  });

  const announce = (repairs: Report['repairs'], skipped: Report['skipped']) => setReport((previous) => ({ key: (previous?.key ?? 0) + 1, repairs, skipped }));

  const replaceWith = async (next: SalesDocument) => {
    if ((await replaceContent(context, next, 'before-import')) !== 'replaced') return false;
    const state = store.getState();
    state.setSelection({ nodeIds: [], edgeIds: [] });
    state.viewport?.fitView();
    return true;
  };

  const replaceJson = async (normalized: Normalized) => {
    setPending(null);
    if (await replaceWith(normalized.document)) announce(normalized.repairs, []);
  };

  const placeGraph = async ({ graph, skipped }: GraphPage, place: 'insert' | 'replace') => {
    setPending(null);
    if (!context.canEdit()) {
      context.notify({ key: 'notice.readOnly', tone: 'error' });
      return;
    }
    const current = context.document();
    // Inserted content flows the way the document does; a replacement the way the file said.
    const direction = place === 'insert' ? current.settings.direction : graph.direction;
    // The layout shows its progress and Cancel as Auto layout's does.
    const controller = new AbortController();
    const showsProgress = context.activity() === null;
    if (showsProgress) context.setActivity({ kind: 'layout', cancel: () => controller.abort() });
    let made;
    try {
      made = await laidOutImport({ ...graph, direction }, current.title, context.layoutService, controller.signal);
    } finally {
      if (showsProgress) context.setActivity(null);
    }
    if (controller.signal.aborted) return;
    if (!made.ok) {
      fail(made.error);
      return;
    }
    if (place === 'replace') {
      if (await replaceWith(made.value)) announce([], skipped);
      return;
    }
    await context.snapshot('before-import');
    if (!context.perform(insertContent(made.value)).ok) return;
    context.select({ nodeIds: made.value.nodes.map((node) => node.id), edgeIds: made.value.edges.map((edge) => edge.id) });
    context.viewport()?.fitView();
    announce([], skipped);
  };

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
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
      {report ? <RepairNotice key={`r${report.key}`} repairs={report.repairs} source="imported" /> : null}
      {report ? <SkippedNotice key={`s${report.key}`} skipped={report.skipped} /> : null}
      {pending?.kind === 'salesflow-json' ? (
        <ConfirmDialog
          message={t('import.replaceQuestion', { title: store.getState().document.title })}
          confirmLabel={t('import.replace')}
          cancelLabel={t('export.cancel')}
          onConfirm={() => void replaceJson(pending.normalized)}
          onCancel={() => setPending(null)}
        />
      ) : null}
      {pending?.kind === 'steps' ? <ImportSteps source={pending.source} onPage={(page) => setPending({ kind: 'place', page })} onCancel={() => setPending(null)} /> : null}
      {pending?.kind === 'deal-table' ? <ImportDealDataDialog file={pending.file} name={pending.name} onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'place' ? (
        <PlaceImportDialog
          title={store.getState().document.title}
          onInsert={() => void placeGraph(pending.page, 'insert')}
          onReplace={() => void placeGraph(pending.page, 'replace')}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </>
  );
}
