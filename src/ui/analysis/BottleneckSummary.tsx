import { useI18n } from '../../i18n/I18nProvider';
import type { Bottlenecks } from '../../model/analytics/bottleneck';
import { formatCount, formatRate } from '../../model/analytics/display';
import type { FlowNode, Period } from '../../model/types';
import { nodeName } from './nodeName';

interface BottleneckSummaryProps {
  bottlenecks: Bottlenecks;
  nodesById: ReadonlyMap<string, FlowNode>;
  period: Period;
  /** The figures come from scaled rates (rateConflicts.ts). */
  estimated: boolean;
}

/** One line each for the stage losing the most deals and the stage converting the least. */
export function BottleneckSummary({ bottlenecks, nodesById, period, estimated }: BottleneckSummaryProps) {
  const { t, language } = useI18n();
  const { mostLost, lowestConversion } = bottlenecks;
  if (mostLost === undefined) return <p className="sf-analysis__line">{t('analysis.noBottleneck')}</p>;
  return (
    <>
      <p className="sf-analysis__line sf-analysis__line--bottleneck">
        {t(`analysis.bottleneck.${period}`, {
          stage: nodeName(nodesById.get(mostLost.nodeId), t),
          rate: formatRate(mostLost.lossRate, language),
          lost: formatCount(mostLost.lost, language),
          volume: formatCount(mostLost.volume, language),
        })}
        {estimated && <span className="sf-analysis__estimated">{t('analysis.estimated')}</span>}
      </p>
      {lowestConversion !== undefined && lowestConversion.nodeId !== mostLost.nodeId && (
        <p className="sf-analysis__line sf-analysis__line--lowest">
          {t('analysis.lowestConversion', {
            stage: nodeName(nodesById.get(lowestConversion.nodeId), t),
            rate: formatRate(1 - lowestConversion.lossRate, language),
          })}
        </p>
      )}
    </>
  );
}
