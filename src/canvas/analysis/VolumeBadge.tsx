import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import './analysis.css';

/**
 * A node's expected volume per period; at an end, the count expected to finish there. `estimated`:
 * it comes through a split whose rates add up above 100% (≈, and a dashed outline).
 */
export function VolumeBadge({ volume, estimated = false }: { volume: number | undefined; estimated?: boolean }) {
  const { t, language } = useI18n();
  if (volume === undefined) return null;
  const count = formatCount(volume, language);
  return (
    <div
      className={`sf-volume-badge${estimated ? ' sf-volume-badge--estimated' : ''}`}
      title={t(estimated ? 'analysis.badge.estimated' : 'analysis.badge', { count })}
    >
      {estimated ? `≈${count}` : count}
    </div>
  );
}
