import { useMemo, useState } from 'react';
import { APP_VERSION } from '../../lib/appVersion';
import { downloadBlob } from '../../io/export/download';
import { safeFileName } from '../../io/export/fileName';
import { serializeDocumentFile } from '../../model/parse';
import type { SalesDocument } from '../../model/types';
import { useT } from '../../i18n/I18nProvider';
import type { CaughtError } from './ErrorBoundary';
import { crashDetails } from './crashDetails';
import './crash.css';

interface CrashScreenProps {
  caught: CaughtError;
  message: 'crash.app' | 'crash.canvas';
  /** The open document as the editor holds it, unsaved edits included; null outside the editor. */
  currentDocument: () => SalesDocument | null;
}

type CopyState = 'idle' | 'copied' | 'unavailable';

/** What an unexpected exception leaves on screen: a way to keep the work, to start again, and to report it. */
export function CrashScreen({ caught, message, currentDocument }: CrashScreenProps) {
  const t = useT();
  const [copy, setCopy] = useState<CopyState>('idle');
  const details = useMemo(
    () => crashDetails(caught, { appVersion: APP_VERSION, url: window.location.href, userAgent: navigator.userAgent, at: new Date() }),
    [caught],
  );
  const document = currentDocument();

  const download = () => {
    const current = currentDocument();
    if (!current) return;
    downloadBlob(new Blob([serializeDocumentFile(current, APP_VERSION)], { type: 'application/json' }), safeFileName(current.title, 'json'));
  };

  const copyDetails = async () => {
    try {
      await navigator.clipboard.writeText(details);
      setCopy('copied');
    } catch {
      setCopy('unavailable');
    }
  };

  return (
    <section className="sf-crash" role="alert" aria-labelledby="sf-crash-title">
      <h2 id="sf-crash-title">{t('crash.title')}</h2>
      <p>{t(message)}</p>
      <div className="sf-crash__actions">
        {document ? (
          <button type="button" className="sf-button sf-button--primary" onClick={download}>
            {t('crash.download')}
          </button>
        ) : null}
        <button type="button" className="sf-button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
        <button type="button" className="sf-button" onClick={() => void copyDetails()}>
          {t('crash.copyDetails')}
        </button>
      </div>
      {copy !== 'idle' ? <p role="status">{t(copy === 'copied' ? 'crash.detailsCopied' : 'crash.detailsUnavailable')}</p> : null}
      <details className="sf-crash__details">
        <summary>{t('crash.details')}</summary>
        <pre>{details}</pre>
      </details>
    </section>
  );
}
