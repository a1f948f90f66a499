import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';

interface ListNoticeProps {
  title: string;
  lines: readonly string[];
  /** The banner's accessible name, when it should have one. */
  label?: string;
}

/** A banner with a title and one line per item (repairs made, parts left out), until dismissed; nothing when there are no lines. */
export function ListNotice({ title, lines, label }: ListNoticeProps) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || lines.length === 0) return null;
  return (
    <div className="sf-banner sf-banner--notice" role="status" aria-label={label}>
      <div>
        <strong>{title}</strong>
        <ul>
          {lines.map((line, index) => (
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
