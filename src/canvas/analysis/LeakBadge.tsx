import { Droplet } from 'lucide-react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatCount, formatLeak, formatRate } from '../../model/analytics/display';
import './analysis.css';

interface LeakBadgeProps {
  /** The share of what leaves the step that takes no connection (leaks.ts). */
  share: number | undefined;
  /** Its volume per period, while leads enter. */
  volume: number | undefined;
}

/** Deals lost without a path, shown on the step that loses them rather than only in the panel. */
export function LeakBadge({ share, volume }: LeakBadgeProps) {
  const { t, language } = useI18n();
  if (share === undefined) return null;
  const rate = formatRate(share, language);
  const count = volume === undefined ? undefined : formatCount(volume, language);
  const sentence = t('analysis.leak', { rate, volume: count === undefined ? '' : t('analysis.leak.volume', { count }) });
  return (
    <div className="sf-leak-badge" role="note" aria-label={sentence} title={sentence}>
      <Droplet size={11} aria-hidden="true" />
      <span>{formatLeak(share, volume, language)}</span>
    </div>
  );
}
