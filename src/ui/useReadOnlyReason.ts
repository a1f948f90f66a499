import { useT } from '../i18n/I18nProvider';
import { useEditor } from '../store/EditorStoreProvider';

/** Why editing controls are off here, for their tooltips; undefined where the tab may edit. */
export function useReadOnlyReason(): string | undefined {
  const t = useT();
  const readOnly = useEditor((state) => state.readOnly);
  return readOnly ? t('readOnly.reason') : undefined;
}
