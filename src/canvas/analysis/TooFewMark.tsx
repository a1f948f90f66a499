import { useI18n } from '../../i18n/I18nProvider';
import { MIN_TRUSTED_ENTRIES } from '../../model/actuals/actualsView';
import { useTooFewDeals } from './nodeAnalysis';
import './analysis.css';

/** While Actuals is shown, on a step too few deals entered in the period for its figures to be trusted. */
export function TooFewMark({ nodeId, kind }: { nodeId: string; kind: string }) {
  const { t } = useI18n();
  const count = useTooFewDeals(nodeId, kind);
  if (count === undefined) return null;
  const sentence = t('actuals.node.tooFew', { count, min: MIN_TRUSTED_ENTRIES });
  return (
    <div className="sf-too-few" role="note" aria-label={sentence} title={sentence}>
      {`n=${count}`}
    </div>
  );
}
