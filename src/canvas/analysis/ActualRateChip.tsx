import { useI18n } from '../../i18n/I18nProvider';
import { lineBaselines, RATE_CHIP, rateChipWidth } from '../../geometry/labelBox';
import { MIN_TRUSTED_ENTRIES } from '../../model/actuals/actualsView';
import { formatRate } from '../../model/analytics/display';
import type { ActualRateFigures } from './nodeAnalysis';

// A gap under five points reads as "as modelled": the interval of a few dozen deals is wider.
const NOTABLE_GAP = 0.05;

interface ActualRateChipProps {
  figures: ActualRateFigures;
  x: number;
  y: number;
}

/**
 * An edge's chip while Actuals is shown: "42% · model 60%", coloured by the gap (below the model,
 * above it, or close), with the 90% interval and the counts on hover. A share measured on fewer
 * than MIN_TRUSTED_ENTRIES moves out of the stage is drawn faint and says it is too few to trust.
 */
export function ActualRateChip({ figures: { actual, model }, x, y }: ActualRateChipProps) {
  const { t, language } = useI18n();
  const rate = actual.rate ?? 0;
  const actualText = formatRate(rate, language);
  const modelText = model === undefined ? undefined : formatRate(model, language);
  const text = modelText === undefined ? t('actuals.chip.noModel', { actual: actualText }) : t('actuals.chip', { actual: actualText, model: modelText });
  const tooFew = actual.total < MIN_TRUSTED_ENTRIES;
  const gap = model === undefined ? 0 : rate - model;
  const tone = Math.abs(gap) < NOTABLE_GAP ? 'close' : gap < 0 ? 'below' : 'above';
  const title = [
    t('actuals.chip.title', {
      actual: actualText,
      count: actual.count,
      total: actual.total,
      low: formatRate(actual.low ?? 0, language),
      high: formatRate(actual.high ?? 0, language),
      model: modelText ?? '—',
    }),
    ...(tooFew ? [t('actuals.chip.tooFew', { min: MIN_TRUSTED_ENTRIES })] : []),
  ].join(' ');
  const width = rateChipWidth(text);
  const { height, fontSize } = RATE_CHIP;
  const [baseline] = lineBaselines(1, y, { fontSize, lineHeight: height });
  return (
    <g className={`sf-rate-chip sf-rate-chip--actual sf-rate-chip--${tone}${tooFew ? ' sf-rate-chip--few' : ''}`} data-testid="actual-rate-chip">
      <title>{title}</title>
      <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={height / 2} />
      <text x={x} y={baseline} textAnchor="middle" fontSize={fontSize}>
        {text}
      </text>
    </g>
  );
}
