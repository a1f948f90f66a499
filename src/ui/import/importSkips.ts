// What an import from another tool left out, whichever reader it came from, as sentences in the
// user's language. The readers' skip codes overlap (Mermaid and draw.io both skip self-loops, with
// different details), so each skip travels with the reader that made it.

import type { DrawioSkip } from '../../io/drawio/drawioErrors';
import type { MermaidSkip } from '../../io/mermaid/mermaidErrors';
import type { ProcessTableSkip } from '../../io/processTable/processTableErrors';
import { formatMessage, type Language, type MessageParams } from '../../i18n/languages';
import { describeMermaidSkip } from './mermaidMessages';
import { describeProcessTableSkip } from './processTableMessages';

export type ImportSkip = { from: 'mermaid'; skip: MermaidSkip } | { from: 'drawio'; skip: DrawioSkip } | { from: 'process-table'; skip: ProcessTableSkip };

export type ImportSource = ImportSkip['from'];

export function describeImportSkip(language: Language, item: ImportSkip): string {
  if (item.from === 'mermaid') return describeMermaidSkip(language, item.skip);
  if (item.from === 'process-table') return describeProcessTableSkip(language, item.skip);
  const { code, ...params } = item.skip;
  // Images, groups and connectors often have no label: then the sentence names none.
  if ('label' in params && params.label === '' && (code === 'image' || code === 'group' || code === 'loose-edge')) return formatMessage(language, `drawio.skip.${code}.unnamed`);
  return formatMessage(language, `drawio.skip.${code}`, params as MessageParams);
}

export const SKIPPED_TITLE_KEYS = { mermaid: 'import.skipped.title', drawio: 'import.skipped.drawio', 'process-table': 'import.skipped.processTable' } as const satisfies Record<ImportSource, string>;
