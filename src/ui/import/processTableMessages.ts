// Process table import's typed errors and skips as sentences in the user's language.

import type { ProcessTableError, ProcessTableSkip } from '../../io/processTable/processTableErrors';
import { formatMessage, type Language, type MessageParams } from '../../i18n/languages';
import { describeTableReadError } from '../../i18n/tableErrors';

export function describeProcessTableError(language: Language, error: ProcessTableError): string {
  if (error.code === 'table') return describeTableReadError(language, error.error);
  const { code, ...params } = error;
  return formatMessage(language, `processTable.error.${code}`, params as MessageParams);
}

export function describeProcessTableSkip(language: Language, skip: ProcessTableSkip): string {
  const { code, ...params } = skip;
  return formatMessage(language, `processTable.skip.${code}`, params as MessageParams);
}
