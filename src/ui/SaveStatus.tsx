import { APP_VERSION } from '../lib/appVersion';
import { downloadBlob } from '../io/export/download';
import { safeFileName } from '../io/export/fileName';
import { serializeDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { SaveState } from '../storage/autosave';
import { useT } from '../i18n/I18nProvider';
import { storageReason } from './storageReason';

interface SaveStatusProps {
  /** null: no storage in this browser; the document lives in memory only. */
  state: SaveState | null;
  onRetry: () => void;
  currentDocument: () => SalesDocument | null;
}

/** Saved, saving, or not saved with the reason, a retry and a way to keep a copy. */
export function SaveStatus({ state, onRetry, currentDocument }: SaveStatusProps) {
  const t = useT();
  const downloadCopy = () => {
    const document = currentDocument();
    if (!document) return;
    downloadBlob(new Blob([serializeDocumentFile(document, APP_VERSION)], { type: 'application/json' }), safeFileName(document.title, 'json'));
  };
  if (state === null) {
    return (
      <span className="sf-save sf-save--error" role="status">
        {t('save.inMemory')}
        <button type="button" className="sf-button" onClick={downloadCopy}>
          {t('save.download')}
        </button>
      </span>
    );
  }
  if (state.status !== 'error') {
    return (
      <span className="sf-save" role="status">
        {state.status === 'saved' ? t('save.saved') : t('save.saving')}
      </span>
    );
  }
  const reason = storageReason(t, state.error);
  // A failed save is announced at once: work is at risk until it is retried or downloaded.
  return (
    <span className="sf-save sf-save--error" role="alert">
      {t('save.failed', { reason })}
      <button type="button" className="sf-button" onClick={onRetry}>
        {t('save.retry')}
      </button>
      <button type="button" className="sf-button" onClick={downloadCopy}>
        {t('save.download')}
      </button>
    </span>
  );
}
