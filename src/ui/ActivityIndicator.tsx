import { useEffect, useState } from 'react';
import { useEditor } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';

// A layout shorter than this is over before a progress bar could be read.
const SHOW_AFTER_MS = 300;

/** Progress and Cancel for a long-running action, once it has run long enough to be noticed. */
export function ActivityIndicator() {
  const t = useT();
  const activity = useEditor((state) => state.activity);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    if (activity === null) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [activity]);

  if (activity === null || !visible) return null;
  return (
    <div className="sf-activity" role="status">
      <span className="sf-progress__bar" aria-hidden="true" />
      <span>{t('layout.running')}</span>
      <button type="button" className="sf-button" onClick={activity.cancel}>
        {t('layout.cancel')}
      </button>
    </div>
  );
}
