import type { TranslatePlural } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';

/** Whole days, in words: "1 day", "19 days", "+3 days". */
export function formatDays(days: number, tn: TranslatePlural, language: string, signed = false): string {
  const rounded = Math.round(days);
  const count = formatCount(rounded, language, { signed });
  return tn('analysis.days', Math.abs(rounded), { count });
}
