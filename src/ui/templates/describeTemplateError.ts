// A template operation's failure as one sentence's reason in the user's language: the template's
// own door speaks through describeDocumentError, storage failures through their codes.

import { describeDocumentError } from '../../i18n/documentErrors';
import type { Translate } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import type { TemplateStorageError } from '../../storage/templates';
import type { TemplateFileError } from './readTemplateFile';

export function describeTemplateError(error: TemplateStorageError | TemplateFileError, language: Language, t: Translate): string {
  switch (error.code) {
    case 'invalid-template':
    case 'document':
      return describeDocumentError(language, error.error);
    case 'too-large':
      return t('import.tooLarge');
    case 'read-failed':
      return t('import.readFailed');
    default:
      return t(`templates.error.${error.code}`);
  }
}
