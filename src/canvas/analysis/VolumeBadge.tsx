import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import './analysis.css';

interface VolumeBadgeProps {
  volume: number | undefined;
  /** It comes through a split whose rates add up above 100% (≈, and a dashed outline). */
  estimated?: boolean;
  /** The scenario shown, when the leads entering a start are its own value. */
  scenario?: string | undefined;
}

/** A node's expected volume per period; at an end, the count expected to finish there. */
export function VolumeBadge({ volume, estimated = false, scenario }: VolumeBadgeProps) {
  const { t, language } = useI18n();
  if (volume === undefined) return null;
  const count = formatCount(volume, language);
  return (
    <div
      className={`sf-volume-badge${estimated ? ' sf-volume-badge--estimated' : ''}${scenario !== undefined ? ' sf-volume-badge--scenario' : ''}`}
      title={
        estimated ? t('analysis.badge.estimated', { count }) : scenario !== undefined ? t('scenarios.badge', { name: scenario, count }) : t('analysis.badge', { count })
      }
    >
      {estimated ? `≈${count}` : count}
    </div>
  );
}
