import { useState } from 'react';
import type { Repair } from '../model/repairs';
import { useI18n } from '../i18n/I18nProvider';
import { describeRepairs } from '../i18n/repairs';

interface RepairNoticeProps {
  repairs: readonly Repair[];
  /** Opened from storage, or imported from a file: the first sentence differs. */
  source: 'stored' | 'imported';
}

/** What `normalize` changed to open a damaged document, until the user dismisses it. */
export function RepairNotice({ repairs, source }: RepairNoticeProps) {
  const { t, language } = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || repairs.length === 0) return null;
  return (
    <div className="sf-banner sf-banner--notice" role="status">
      <div>
        <strong>{source === 'stored' ? t('repair.notice') : t('repair.noticeImport')}</strong>
        <ul>
          {describeRepairs(language, repairs).map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="sf-button" onClick={() => setDismissed(true)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
