import type { Language } from '../../i18n/languages';
import { formatMessage } from '../../i18n/languages';
import { pluralMessage } from '../../i18n/plural';
import { describeDocumentError } from '../../i18n/documentErrors';
import { describeRepairs } from '../../i18n/repairs';
import type { BackupError, ImportReport } from '../../storage/backup';
import type { ImportError } from '../import/readFileThrough';
import { storageReason } from '../storageReason';

export interface RestoreMessage {
  text: string;
  /** One line per document that was repaired or refused, or brought back from the trash; the shared ones joined again. */
  details: string[];
  tone: 'info' | 'error';
}

/** What Restore from backup did, naming every document it could not restore as it was; `rejoined`: shared flowcharts joined again. */
export function describeRestore(language: Language, report: ImportReport, rejoined = 0): RestoreMessage {
  const t = (key: Parameters<typeof formatMessage>[1], params?: Parameters<typeof formatMessage>[2]) => formatMessage(language, key, params);
  const details: string[] = [];
  if (report.untrashed.length > 0) details.push(t('library.restoredFromTrash', { count: report.untrashed.length }));
  for (const { title, repairs } of report.repaired) {
    details.push(t('library.restoreRepaired', { title, repairs: describeRepairs(language, repairs).join(' ') }));
  }
  for (const { index, title, error } of report.invalid) {
    const reason = describeDocumentError(language, error);
    details.push(title === null ? t('library.restoreRefusedAt', { position: index + 1, reason }) : t('library.restoreRefused', { title, reason }));
  }
  if (rejoined > 0) details.push(pluralMessage(language, 'teamLibrary.restoredShared', rejoined));
  const added = report.added.length + report.replaced.length;
  return {
    text: t('library.restored', { added, skipped: report.skipped.length }),
    details,
    tone: report.invalid.length > 0 ? 'error' : 'info',
  };
}

/** Why nothing was restored. */
export function describeRestoreError(language: Language, error: BackupError | ImportError): string {
  const t = (key: Parameters<typeof formatMessage>[1], params?: Parameters<typeof formatMessage>[2]) => formatMessage(language, key, params);
  switch (error.code) {
    case 'not-backup':
      return t('library.restoreFailed');
    case 'backup-too-new':
      return t('library.restoreTooNew', { version: error.version, supported: error.supported });
    case 'too-large':
      return t('import.tooLarge');
    case 'read-failed':
      return t('import.readFailed');
    case 'document':
      return describeDocumentError(language, error.error);
    default:
      return t('library.restoreStorage', { reason: storageReason((key) => t(key), error) });
  }
}
