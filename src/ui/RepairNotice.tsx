import type { Repair } from '../model/repairs';
import { useI18n } from '../i18n/I18nProvider';
import { describeRepairs } from '../i18n/repairs';
import { ListNotice } from './ListNotice';

interface RepairNoticeProps {
  repairs: readonly Repair[];
  /** Opened from storage, or imported from a file: the first sentence differs. */
  source: 'stored' | 'imported';
}

/** What `normalize` changed to open a damaged document, until the user dismisses it. */
export function RepairNotice({ repairs, source }: RepairNoticeProps) {
  const { t, language } = useI18n();
  return <ListNotice title={source === 'stored' ? t('repair.notice') : t('repair.noticeImport')} lines={describeRepairs(language, repairs)} />;
}
