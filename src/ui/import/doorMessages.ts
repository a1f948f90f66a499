// The file door's typed errors as one sentence in the user's language, each behind the same
// "could not be imported" opening, whichever reader refused.

import { describeDocumentError } from '../../i18n/documentErrors';
import { formatMessage, type Language } from '../../i18n/languages';
import type { FileKindError } from '../../io/door/fileKind';
import type { LayoutError } from '../../commands/autoLayout';
import { describeDrawioError } from './drawioMessages';
import { describeMermaidError } from './mermaidMessages';
import { describeProcessTableError } from './processTableMessages';
import type { LaidOutError } from './laidOutImport';

const KIND_KEYS = { empty: 'import.door.empty', binary: 'import.door.binary', unknown: 'import.door.unknown' } as const satisfies Record<FileKindError['code'], string>;

function layoutReason(language: Language, cause: LayoutError | null): string {
  if (cause?.code === 'timeout') return formatMessage(language, 'import.door.layoutTimeout', { seconds: Math.round(cause.ms / 100) / 10 });
  if (cause?.code === 'too-large') return formatMessage(language, 'import.door.layoutTooLarge', { nodes: cause.nodes, limit: cause.limit });
  return formatMessage(language, 'import.door.layoutFailed');
}

function reason(language: Language, error: LaidOutError): string {
  switch (error.code) {
    case 'too-large':
      return formatMessage(language, 'import.door.tooLarge');
    case 'read-failed':
      return formatMessage(language, 'import.readFailed');
    case 'document':
      return describeDocumentError(language, error.error);
    case 'kind':
      return formatMessage(language, KIND_KEYS[error.error.code]);
    case 'mermaid':
      return describeMermaidError(language, error.error);
    case 'drawio':
      return describeDrawioError(language, error.error);
    case 'process-table':
      return describeProcessTableError(language, error.error);
    case 'layout-failed':
      return layoutReason(language, error.cause);
  }
}

export function describeDoorError(language: Language, error: LaidOutError): string {
  return formatMessage(language, 'import.failed', { reason: reason(language, error) });
}
