import { useEffect } from 'react';
import { X } from 'lucide-react';
import { useEditor } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';

const TOAST_MILLISECONDS = 6000;

export function Toasts() {
  const t = useT();
  const notices = useEditor((state) => state.notices);
  const dismiss = useEditor((state) => state.dismissNotice);

  useEffect(() => {
    if (notices.length === 0) return;
    const timers = notices.map((notice) => setTimeout(() => dismiss(notice.id), TOAST_MILLISECONDS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);

  return (
    <div className="sf-toasts">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`sf-toast sf-toast--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{t(notice.key, notice.params)}</span>
          <button type="button" className="sf-icon-button" aria-label={t('notice.dismiss')} onClick={() => dismiss(notice.id)}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
