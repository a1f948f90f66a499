import type { MessageKey } from '../i18n/en';
import type { StorageError } from '../storage/errors';

/** Why storage refused, as the words the save status uses ("the disk is full"). */
export function storageReason(t: (key: MessageKey) => string, error: StorageError): string {
  const code = error.code;
  return code === 'quota-exceeded' || code === 'unavailable' || code === 'write-failed' ? t(`save.reason.${code}`) : t('save.reason.other');
}
