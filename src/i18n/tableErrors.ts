import type { TableReadError } from '../model/actuals/readErrors';
import { formatMessage, type Language } from './languages';

const MEGABYTE = 1024 * 1024;

function megabytes(language: Language, bytes: number): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / MEGABYTE);
}

/** Why a deal file could not be read, as one sentence in the user's language. */
export function describeTableReadError(language: Language, error: TableReadError): string {
  switch (error.code) {
    case 'too-large':
      return formatMessage(language, 'actuals.read.too-large', {
        size: megabytes(language, error.bytes),
        limit: megabytes(language, error.limitBytes),
      });
    case 'too-many-rows':
      return formatMessage(language, 'actuals.read.too-many-rows', { limit: new Intl.NumberFormat(language).format(error.limit) });
    default:
      return formatMessage(language, `actuals.read.${error.code}`);
  }
}
