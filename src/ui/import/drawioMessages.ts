// draw.io import's typed errors as sentences in the user's language. Here rather than in src/i18n
// because the codes are io's, which i18n does not import.

import type { DrawioError } from '../../io/drawio/drawioErrors';
import { formatMessage, type Language, type MessageParams } from '../../i18n/languages';

export function describeDrawioError(language: Language, error: DrawioError): string {
  const { code, ...params } = error;
  return formatMessage(language, `drawio.error.${code}`, params as MessageParams);
}
