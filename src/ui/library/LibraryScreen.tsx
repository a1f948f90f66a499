import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArchiveRestore, Download, FilePlus2, Moon, Sun, Trash2, Upload } from 'lucide-react';
import { APP_VERSION } from '../../lib/appVersion';
import { downloadBlob } from '../../io/export/download';
import { safeFileName } from '../../io/export/fileName';
import { serializeDocumentFile } from '../../model/parse';
import { hasActuals, withoutActuals } from '../../model/privacy';
import type { LayoutService } from '../../commands/autoLayout';
import type { ImportReport } from '../import/importReport';
import type { SalesDocument } from '../../model/types';
import type { Repository } from '../../storage/repository';
import type { TemplateRepository } from '../../storage/templates';
import type { DocumentSummary } from '../../storage/rows';
import { useI18n } from '../../i18n/I18nProvider';
import { readFileThrough } from '../import/readFileThrough';
import { readImportFile } from '../import/readImportFile';
import { IMPORT_ACCEPT } from '../import/importAccept';
import { describeDoorError } from '../import/doorMessages';
import { laidOutImport, titleFromFileName } from '../import/laidOutImport';
import { ImportSteps } from '../import/ImportSteps';
import { graphSourceOf, onlyPage, type GraphPage, type GraphSource } from '../import/graphImport';
import { parseJsonText } from '../../model/parse';
import { describeRestore, describeRestoreError } from './restoreMessages';
import { useFileDrop } from '../import/useFileDrop';
import { storageReason } from '../storageReason';
import { relayRename } from '../../storage/renameRelay';
import type { Theme } from '../theme';
import { DocumentCard } from './DocumentCard';
import { LanguageSwitch } from '../LanguageSwitch';
import { THUMBNAIL_SIZE, renderThumbnailSvg } from '../../io/svg/thumbnail';
import { TemplateGallery } from './TemplateGallery';
import { LeaveSharedDialog } from './LeaveSharedDialog';
import type { LibraryNotice } from './libraryNotice';
import { sharedEntry, type SharedEntry } from '../../sync/sharedRegistry';
import { rejoinFromBackup, readSharedSection, sharedSection, SHARED_SECTION } from '../../sync/sharedBackup';
import './library.css';

const BACKUP_KEY = 'salesflow:last-backup';
const BACKUP_REMINDER_MS = 30 * 24 * 60 * 60 * 1000;

interface LibraryScreenProps {
  repository: Repository | null;
  storageMessage: string | null;
  /** Whether the browser may clear this site's storage, for the line under the library. */
  storageNote: string | null;
  theme: Theme;
  onToggleTheme: () => void;
  /** Stores a new document (or keeps it in memory) and opens it; `report`: what an import repaired or left out. */
  onCreate: (document: SalesDocument, report?: ImportReport) => void;
  /** Lays out what an import brings without positions (a Mermaid chart, a process table). */
  layoutService: LayoutService;
  onOpen: (id: string) => void;
  newDocument: () => SalesDocument;
  /** The team's own templates for the gallery; null where storage is unavailable. */
  templates: TemplateRepository | null;
}


function lastBackup(): number | null {
  try {
    const value = Number(localStorage.getItem(BACKUP_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function LibraryScreen({ repository, storageMessage, storageNote, theme, onToggleTheme, onCreate, onOpen, newDocument, templates, layoutService }: LibraryScreenProps) {
  const { t, tn, language } = useI18n();
  const [query, setQuery] = useState('');
  const [showTrash, setShowTrash] = useState(false);
  const [notice, setNotice] = useState<LibraryNotice>(null);
  // A shared flowchart asked to be deleted: leaving it is confirmed first.
  const [leaving, setLeaving] = useState<{ summary: DocumentSummary; entry: SharedEntry } | null>(null);
  // A draw.io file of several pages or a process table waits here while the user picks a page or maps its columns.
  const [choosing, setChoosing] = useState<{ source: GraphSource; title: string } | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const restoreRef = useRef<HTMLInputElement>(null);
  const documents = useLiveQuery(async () => (repository ? await repository.list() : null), [repository]);
  const trash = useLiveQuery(async () => (repository && showTrash ? await repository.listTrash() : null), [repository, showTrash]);
  const summaries: DocumentSummary[] = documents?.ok ? documents.value : [];
  const needle = query.trim().toLocaleLowerCase();
  const shown = summaries.filter((summary) => summary.title.toLocaleLowerCase().includes(needle));
  const backedUp = lastBackup();
  const remindBackup = summaries.length > 0 && (backedUp === null || Date.now() - backedUp > BACKUP_REMINDER_MS);

  const exportJson = async (summary: DocumentSummary) => {
    if (!repository) return;
    const loaded = await repository.load(summary.id);
    if (!loaded.ok && loaded.error.code === 'damaged') {
      // What the database holds, as it is: re-imported, it is repaired with the same notice.
      downloadBlob(new Blob([JSON.stringify(loaded.error.raw, null, 2)], { type: 'application/json' }), safeFileName(summary.title, 'json'));
      return;
    }
    if (!loaded.ok) {
      setNotice({ text: t('library.damaged'), tone: 'error' });
      return;
    }
    // A card has no dialog to ask in: it leaves actuals out, as the export dialog does unless told, and says so.
    downloadBlob(new Blob([serializeDocumentFile(withoutActuals(loaded.value), APP_VERSION)], { type: 'application/json' }), safeFileName(summary.title, 'json'));
    if (hasActuals(loaded.value)) setNotice({ text: t('privacy.cardExported', { title: summary.title }), tone: 'info' });
  };

  const rename = async (summary: DocumentSummary, title: string) => {
    if (!repository) return;
    // A tab that writes this document would put its own title back on its next save.
    const route = await relayRename(summary.id, title);
    if (route === 'applied-by-writer') return;
    if (route === 'writer-silent') {
      setNotice({ text: t('library.renameRefused', { title: summary.title }), tone: 'error' });
      return;
    }
    const renamed = await repository.rename(summary.id, title);
    if (!renamed.ok) setNotice({ text: t('library.renameFailed', { title: summary.title, reason: storageReason(t, renamed.error) }), tone: 'error' });
  };

  const remove = async (summary: DocumentSummary) => {
    if (!repository) return;
    const entry = sharedEntry(summary.id);
    if (entry) {
      setLeaving({ summary, entry });
      return;
    }
    const moved = await repository.moveToTrash(summary.id);
    if (!moved.ok) {
      setNotice({ text: t('library.deleteFailed', { title: summary.title, reason: storageReason(t, moved.error) }), tone: 'error' });
      return;
    }
    setNotice({
      text: t('library.deleted', { title: summary.title }),
      tone: 'info',
      undo: () => {
        setNotice(null);
        void repository.restoreFromTrash(summary.id).then((restored) => {
          if (!restored.ok) setNotice({ text: t('library.undoDeleteFailed', { title: summary.title, reason: storageReason(t, restored.error) }), tone: 'error' });
        });
      },
    });
  };

  const backUp = async () => {
    if (!repository) return;
    const backup = await repository.exportBackup({ includeRevisions: true });
    if (!backup.ok) {
      setNotice({ text: t('library.backupFailed', { reason: storageReason(t, backup.error) }), tone: 'error' });
      return;
    }
    // Shared flowcharts carry their links and local copies, so that restoring joins them again.
    const shared = await sharedSection(backup.value.backup.documents.map((file) => file.document.id));
    const file = shared.length > 0 ? { ...backup.value.backup, [SHARED_SECTION]: shared } : backup.value.backup;
    const stamp = new Date().toISOString().slice(0, 10);
    downloadBlob(new Blob([JSON.stringify(file)], { type: 'application/json' }), `salesflow-backup-${stamp}.json`);
    try {
      localStorage.setItem(BACKUP_KEY, String(Date.now()));
    } catch {
      // The reminder then shows again next time; the backup itself was downloaded.
    }
    setNotice({ text: t('library.backupDone'), details: shared.length > 0 ? [tn('teamLibrary.backupShared', shared.length)] : [], tone: 'info' });
  };

  const restore = async (file: File) => {
    if (!repository) return;
    // The same door as Import: the size cap before reading, then typed errors.
    const read = await readFileThrough(file, parseJsonText);
    if (!read.ok) {
      setNotice({ text: describeRestoreError(language, read.error), tone: 'error' });
      return;
    }
    const report = await repository.importBackup(read.value, { overwrite: false, thumbnail: (document) => renderThumbnailSvg(document, THUMBNAIL_SIZE) });
    if (!report.ok) {
      setNotice({ text: describeRestoreError(language, report.error), tone: 'error' });
      return;
    }
    const rejoined = await rejoinFromBackup(readSharedSection(read.value), new Set([...report.value.added, ...report.value.untrashed]));
    setNotice(describeRestore(language, report.value, rejoined.length));
  };

  const importFile = async (file: File) => {
    const read = await readImportFile(file);
    if (!read.ok) {
      setNotice({ text: describeDoorError(language, read.error), tone: 'error' });
      return;
    }
    if (read.value.kind === 'salesflow-json') {
      onCreate(read.value.normalized.document, { repairs: read.value.normalized.repairs, skipped: [] });
      return;
    }
    // Deal data measures a flowchart: it is imported into one, in the editor.
    if (read.value.kind === 'deal-table') {
      setNotice({ text: t('import.door.dealTable'), tone: 'info' });
      return;
    }
    const source = graphSourceOf(read.value);
    const title = titleFromFileName(file.name, t('library.untitled'));
    const page = onlyPage(source);
    if (page) await createFromPage(page, title);
    else setChoosing({ source, title });
  };

  const createFromPage = async ({ graph, skipped }: GraphPage, title: string) => {
    const made = await laidOutImport(graph, title, layoutService);
    if (!made.ok) {
      setNotice({ text: describeDoorError(language, made.error), tone: 'error' });
      return;
    }
    onCreate(made.value, { repairs: [], skipped });
  };

  const dragging = useFileDrop((file) => void importFile(file));

  return (
    <div className="sf-library">
      {dragging ? <div className="sf-drop-hint">{t('import.dropHint')}</div> : null}
      {leaving && repository ? (
        <LeaveSharedDialog summary={leaving.summary} entry={leaving.entry} repository={repository} onNotice={setNotice} onClose={() => setLeaving(null)} />
      ) : null}
      {choosing ? (
        <ImportSteps
          source={choosing.source}
          onPage={(page) => {
            setChoosing(null);
            void createFromPage(page, choosing.title);
          }}
          onCancel={() => setChoosing(null)}
        />
      ) : null}
      <header className="sf-library__bar">
        <h1>{t('app.name')}</h1>
        <div className="sf-toolbar__spacer" />
        <LanguageSwitch />
        <button type="button" className="sf-icon-button" aria-label={theme === 'light' ? t('theme.toDark') : t('theme.toLight')} onClick={onToggleTheme}>
          {theme === 'light' ? <Moon size={18} aria-hidden="true" /> : <Sun size={18} aria-hidden="true" />}
        </button>
      </header>
      <main className="sf-library__main">
        {storageMessage ? (
          <div className="sf-library__banner" role="alert">
            {storageMessage}
          </div>
        ) : null}
        {remindBackup && repository ? <div className="sf-library__banner sf-library__banner--info">{t('library.backupReminder')}</div> : null}
        <div className="sf-library__actions">
          <button type="button" className="sf-button sf-button--primary" onClick={() => onCreate(newDocument())}>
            <FilePlus2 size={16} aria-hidden="true" />
            {t('library.new')}
          </button>
          <button type="button" className="sf-button" onClick={() => importRef.current?.click()}>
            <Upload size={16} aria-hidden="true" />
            {t('library.import')}
          </button>
          <button type="button" className="sf-button" onClick={() => void backUp()} disabled={!repository}>
            <Download size={16} aria-hidden="true" />
            {t('library.backup')}
          </button>
          <button type="button" className="sf-button" onClick={() => restoreRef.current?.click()} disabled={!repository}>
            <ArchiveRestore size={16} aria-hidden="true" />
            {t('library.restore')}
          </button>
          <button type="button" className="sf-button" aria-pressed={showTrash} onClick={() => setShowTrash((value) => !value)} disabled={!repository}>
            <Trash2 size={16} aria-hidden="true" />
            {t('library.trash')}
          </button>
          <input ref={importRef} type="file" accept={IMPORT_ACCEPT} className="sf-visually-hidden" tabIndex={-1} aria-label={t('import.choose')} onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }} />
          <input ref={restoreRef} type="file" accept=".json,application/json" className="sf-visually-hidden" tabIndex={-1} aria-label={t('library.restore')} onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void restore(file);
          }} />
        </div>
        {showTrash ? (
          <section aria-labelledby="sf-trash-title">
            <div className="sf-section-header">
              <h2 id="sf-trash-title">{t('library.trashTitle')}</h2>
              <p>{t('library.trashHint')}</p>
            </div>
            {trash?.ok && trash.value.length > 0 ? (
              <ul className="sf-trash">
                {trash.value.map((summary) => (
                  <li key={summary.id}>
                    <span>{summary.title}</span>
                    <button type="button" className="sf-button" onClick={() => void repository?.restoreFromTrash(summary.id)}>
                      {t('library.restoreDocument')}
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('library.trashEmpty')}</p>
            )}
          </section>
        ) : null}
        <section aria-labelledby="sf-documents-title">
          <div className="sf-section-header">
            <h2 id="sf-documents-title">{t('library.documents')}</h2>
            <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('library.search')} aria-label={t('library.search')} />
          </div>
          {summaries.length === 0 ? <p className="sf-library__empty">{t('library.empty')}</p> : null}
          {summaries.length > 0 && shown.length === 0 ? <p className="sf-library__empty">{t('library.noMatch')}</p> : null}
          <div className="sf-cards">
            {shown.map((summary) => (
              <DocumentCard
                key={summary.id}
                summary={summary}
                onOpen={() => onOpen(summary.id)}
                onRename={(title) => void rename(summary, title)}
                onDuplicate={() => void repository?.duplicate(summary.id, t('library.copySuffix'))}
                onExport={() => void exportJson(summary)}
                onDelete={() => void remove(summary)}
              />
            ))}
          </div>
        </section>
        {storageNote ? <p className="sf-library__note">{storageNote}</p> : null}
        <TemplateGallery onUse={onCreate} mine={templates} />
      </main>
      {notice ? (
        <div className={`sf-toasts`}>
          <div className={`sf-toast sf-toast--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <span>
              {notice.text}
              {notice.details && notice.details.length > 0 ? (
                <ul className="sf-toast__details">
                  {notice.details.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              ) : null}
            </span>
            {notice.undo ? (
              <button type="button" className="sf-button" onClick={notice.undo}>
                {t('library.undo')}
              </button>
            ) : null}
            <button type="button" className="sf-button" onClick={() => setNotice(null)}>
              {t('notice.dismiss')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
