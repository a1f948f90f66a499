import { useI18n } from '../../i18n/I18nProvider';
import { ListNotice } from '../ListNotice';
import { describeImportSkip, SKIPPED_TITLE_KEYS, type ImportSkip } from './importSkips';

/** What an import left out (self-loops, repeated links, images...), one line each, until dismissed. */
export function SkippedNotice({ skipped }: { skipped: readonly ImportSkip[] }) {
  const { t, language } = useI18n();
  const first = skipped[0];
  const title = t(SKIPPED_TITLE_KEYS[first?.from ?? 'mermaid']);
  return <ListNotice title={title} label={title} lines={skipped.map((item) => describeImportSkip(language, item))} />;
}
