import type { DocumentError } from '../model/errors';
import { formatMessage, type Language } from './languages';

/** Turns the model's typed error into one sentence in the user's language. */
export function describeDocumentError(language: Language, error: DocumentError): string {
  switch (error.code) {
    case 'not-json':
    case 'not-salesflow':
      return formatMessage(language, `error.${error.code}`);
    case 'too-new':
      return formatMessage(language, 'error.too-new', { version: error.version, supported: error.supported });
    case 'migration-failed':
      return formatMessage(language, 'error.migration-failed', { fromVersion: error.fromVersion });
    case 'invalid': {
      const reason = formatMessage(language, `reason.${error.reason}`, { limit: error.limit ?? '' });
      return formatMessage(language, 'error.invalid', { path: error.path, reason });
    }
  }
}
