import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LayoutService } from '../commands/autoLayout';
import type { SnapshotReason } from '../commands/context';
import type { Repository } from '../storage/repository';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { EditorStoreProvider } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';
import type { Theme } from '../ui/theme';
import { SaveStatus } from '../ui/SaveStatus';
import { RepairNotice } from '../ui/RepairNotice';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { takeImportReport } from './openingNotices';
import { SkippedNotice } from '../ui/import/SkippedNotice';
import { downloadBlob } from '../io/export/download';
import { EditorPage } from './EditorPage';
import { setActiveEditor } from './activeEditor';
import { goToLibrary } from './useHashRoute';
import { snapshotOrWarn } from './restorePoints';
import { useStorage } from './StorageProvider';
import { useDocumentSession, type SessionState } from './useDocumentSession';
import { useSharedDocument } from './useSharedDocument';
import { SharedStatusBadge } from '../ui/share/SharedStatusBadge';
import { PeopleHere } from '../ui/share/PeopleHere';
import type { SharedEntry } from '../sync/sharedRegistry';

interface EditorRouteProps {
  documentId: string;
  /** The walkthrough step the address asks to present (from 1): a reload returns to it. */
  presentStep: number | undefined;
  theme: Theme;
  onToggleTheme: () => void;
  layoutService: LayoutService;
  /** The document does not exist (deleted, or a link from elsewhere): the library says so. */
  onMissing: () => void;
}

interface EditorViewProps extends Omit<EditorRouteProps, 'documentId'> {
  state: SessionState;
  onBackToLibrary: () => void;
  saveStatus: ReactNode;
  banner: ReactNode;
  repository: Repository | null;
  shared: SharedEntry | null;
}

function EditorView({ state, saveStatus, banner, repository, shared, theme, onToggleTheme, layoutService, onMissing, onBackToLibrary, presentStep }: EditorViewProps) {
  const t = useT();
  const missing = state.kind === 'missing';
  useEffect(() => {
    if (missing) onMissing();
  }, [missing, onMissing]);
  const store = state.kind === 'ready' ? state.store : null;
  const snapshot = useCallback(
    // Without storage there is no History to keep a restore point in: nothing is lost by going on.
    async (reason: SnapshotReason) => (repository && store ? snapshotOrWarn(repository, store, reason) : true),
    [repository, store],
  );
  if (state.kind === 'loading' || missing) return <p className="sf-route-message" role="status">{t('editor.loading')}</p>;
  if (state.kind === 'damaged') {
    const raw = state.raw;
    return (
      <div className="sf-route-message" role="alert">
        <p>{t('library.damaged')}</p>
        <button
          type="button"
          className="sf-button"
          onClick={() => downloadBlob(new Blob([JSON.stringify(raw, null, 2)], { type: 'application/json' }), 'salesflow-damaged.json')}
        >
          {t('library.downloadRaw')}
        </button>
        <button type="button" className="sf-button" onClick={goToLibrary}>
          {t('toolbar.backToLibrary')}
        </button>
      </div>
    );
  }
  return (
    <EditorStoreProvider store={state.store}>
      {banner}
      <EditorPage
        theme={theme}
        onToggleTheme={onToggleTheme}
        layoutService={layoutService}
        snapshot={snapshot}
        onBackToLibrary={onBackToLibrary}
        saveStatus={saveStatus}
        repository={repository}
        shared={shared}
        presentStep={presentStep}
      />
    </EditorStoreProvider>
  );
}

/** A stored document: saved as it changes, one writer across tabs. */
function StoredEditor({ documentId, repository, ...rest }: EditorRouteProps & { repository: Repository }) {
  const t = useT();
  const { memory } = useStorage();
  const session = useDocumentSession(documentId, repository, memory);
  const [leaveRefused, setLeaveRefused] = useState(false);
  const backToLibrary = () => {
    void session.prepareToLeave().then((saved) => (saved ? goToLibrary() : setLeaveRefused(true)));
  };
  const store = session.state.kind === 'ready' ? session.state.store : null;
  const shared = useSharedDocument(documentId, store);
  // A shared document shows the team server's state; a failing local copy still shows its alert.
  const sharedStatus = shared && session.saveState.status !== 'error' ? shared.status : null;
  const saveStatus = useMemo(
    () =>
      sharedStatus ? (
        <>
          <PeopleHere />
          <SharedStatusBadge status={sharedStatus} />
        </>
      ) : (
        <SaveStatus state={session.saveState} onRetry={session.retry} currentDocument={() => store?.getState().document ?? null} />
      ),
    [session.saveState, session.retry, store, sharedStatus],
  );
  const [imported] = useState(() => takeImportReport(documentId));
  const banner = (
    <>
      {session.role === 'reader' ? (
        <div className="sf-readonly-banner" role="status">
          <span>{t('editor.readOnly')}</span>
          <button type="button" className="sf-button sf-button--primary" onClick={session.takeOver}>
            {t('editor.takeOver')}
          </button>
        </div>
      ) : null}
      {shared?.entry.role === 'view' ? (
        <div className="sf-readonly-banner" role="status">
          <span>{t('team.viewOnly')}</span>
        </div>
      ) : null}
      {session.state.kind === 'ready' ? <RepairNotice repairs={session.state.repairs} source="stored" /> : null}
      <RepairNotice repairs={imported.repairs} source="imported" />
      <SkippedNotice skipped={imported.skipped} />
      {leaveRefused ? (
        <ConfirmDialog
          message={t('leave.unsaved')}
          confirmLabel={t('leave.anyway')}
          cancelLabel={t('leave.stay')}
          onConfirm={goToLibrary}
          onCancel={() => setLeaveRefused(false)}
          initialFocus="cancel"
        />
      ) : null}
    </>
  );
  return (
    <EditorView
      {...rest}
      state={session.state}
      saveStatus={saveStatus}
      banner={banner}
      repository={repository}
      shared={shared?.entry ?? null}
      onBackToLibrary={backToLibrary}
    />
  );
}

/** Without IndexedDB the document lives in memory for this visit, under a clear status. */
function MemoryEditor({ documentId, ...rest }: EditorRouteProps) {
  const { memory } = useStorage();
  const [store] = useState<EditorStore | null>(() => {
    const document = memory.get(documentId);
    return document ? createEditorStore(document) : null;
  });
  useEffect(() => {
    if (!store) return;
    setActiveEditor(store);
    let edited = false;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.document === previous.document) return;
      edited = true;
      memory.set(state.document.id, state.document);
    });
    // Nothing here outlives the tab: closing it with edits asks first, as a full disk does.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!edited) return;
      event.preventDefault();
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', onBeforeUnload);
      setActiveEditor(null);
    };
  }, [store, memory]);
  const [imported] = useState(() => takeImportReport(documentId));
  const saveStatus = <SaveStatus state={null} onRetry={() => undefined} currentDocument={() => store?.getState().document ?? null} />;
  const banner = (
    <>
      <RepairNotice repairs={imported.repairs} source="imported" />
      <SkippedNotice skipped={imported.skipped} />
    </>
  );
  return (
    <EditorView
      {...rest}
      state={store ? { kind: 'ready', store, repairs: [] } : { kind: 'missing' }}
      saveStatus={saveStatus}
      banner={banner}
      repository={null}
      shared={null}
      onBackToLibrary={goToLibrary}
    />
  );
}

export function EditorRoute(props: EditorRouteProps) {
  const { repository } = useStorage();
  return repository ? <StoredEditor {...props} repository={repository} /> : <MemoryEditor {...props} />;
}
