import { useT } from '../i18n/I18nProvider';
import { useEditor } from '../store/EditorStoreProvider';
import { sharedEntry } from '../sync/sharedRegistry';

/** Why editing controls are off here, for their tooltips; undefined where the tab may edit. */
export function useReadOnlyReason(): string | undefined {
  const t = useT();
  const readOnly = useEditor((state) => state.readOnly);
  const documentId = useEditor((state) => state.document.id);
  if (!readOnly) return undefined;
  return sharedEntry(documentId)?.role === 'view' ? t('team.viewOnlyReason') : t('readOnly.reason');
}
