import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import './analysis.css';

/** A node's expected volume per period; at an end, the count expected to finish there. */
export function VolumeBadge({ volume }: { volume: number | undefined }) {
  const { t, language } = useI18n();
  if (volume === undefined) return null;
  const count = formatCount(volume, language);
  return (
    <div className="sf-volume-badge" title={t('analysis.badge', { count })}>
      {count}
    </div>
  );
}
