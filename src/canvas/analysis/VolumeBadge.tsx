import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import './analysis.css';

/**
 * A node's expected volume per period; at an end, the count expected to finish there. `scenario`
 * names the scenario shown when the leads entering a start are its own value.
 */
export function VolumeBadge({ volume, scenario }: { volume: number | undefined; scenario?: string | undefined }) {
  const { t, language } = useI18n();
  if (volume === undefined) return null;
  const count = formatCount(volume, language);
  return (
    <div
      className={`sf-volume-badge${scenario !== undefined ? ' sf-volume-badge--scenario' : ''}`}
      title={scenario !== undefined ? t('scenarios.badge', { name: scenario, count }) : t('analysis.badge', { count })}
    >
      {count}
    </div>
  );
}
