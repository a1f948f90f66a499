import { useState } from 'react';
import { X } from 'lucide-react';
import { useT } from '../i18n/I18nProvider';

/**
 * The offer to load a new version of the app. It stays until the user answers: Reload takes the
 * new version, Dismiss keeps working on this one (the next visit gets the new version anyway).
 */
export function UpdateToast({ onReload }: { onReload: () => void }) {
  const t = useT();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="sf-toasts sf-toasts--update">
      <div className="sf-toast" role="status">
        <span>{t('update.available')}</span>
        <button type="button" className="sf-button sf-button--primary" onClick={onReload}>
          {t('update.reload')}
        </button>
        <button type="button" className="sf-icon-button" aria-label={t('notice.dismiss')} onClick={() => setDismissed(true)}>
          <X size={14} aria-hidden="true" />
        </button>
      </div>
    </div>
  );
}
