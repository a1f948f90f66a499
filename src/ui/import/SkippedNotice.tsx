import { useI18n } from '../../i18n/I18nProvider';
import type { MermaidSkip } from '../../io/mermaid/mermaidErrors';
import { ListNotice } from '../ListNotice';
import { describeMermaidSkip } from './mermaidMessages';

/** What an import left out (self-loops, repeated links...), one line each, until dismissed. */
export function SkippedNotice({ skipped }: { skipped: readonly MermaidSkip[] }) {
  const { t, language } = useI18n();
  const title = t('import.skipped.title');
  return <ListNotice title={title} label={title} lines={skipped.map((skip) => describeMermaidSkip(language, skip))} />;
}
