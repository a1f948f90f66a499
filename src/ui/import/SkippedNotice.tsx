import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MermaidSkip } from '../../io/mermaid/mermaidErrors';
import { describeMermaidSkip } from './mermaidMessages';

/** What an import left out (self-loops, repeated links...), one line each, until dismissed. */
export function SkippedNotice({ skipped }: { skipped: readonly MermaidSkip[] }) {
  const { t, language } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || skipped.length === 0) return null;
  return (
    <div className="sf-banner sf-banner--notice" role="status" aria-label={t('import.skipped.title')}>
      <div>
        <strong>{t('import.skipped.title')}</strong>
        <ul>
          {skipped.map((skip, index) => (
            <li key={index}>{describeMermaidSkip(language, skip)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="sf-button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
