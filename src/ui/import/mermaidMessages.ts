// Mermaid import's typed errors and skips as sentences in the user's language. Here rather than in
// src/i18n because the codes are io's, which i18n does not import.

import type { MermaidError, MermaidSkip } from '../../io/mermaid/mermaidErrors';
import { formatMessage, type Language, type MessageParams } from '../../i18n/languages';

export function describeMermaidError(language: Language, error: MermaidError): string {
  const { code, ...params } = error;
  return formatMessage(language, `mermaid.error.${code}`, params as MessageParams);
}

export function describeMermaidSkip(language: Language, skip: MermaidSkip): string {
  const { code, ...params } = skip;
  return formatMessage(language, `mermaid.skip.${code}`, params as MessageParams);
}
