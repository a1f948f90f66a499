import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import { lineBaselines, RATE_CHIP, rateChipWidth } from '../../geometry/labelBox';
import { textWidth } from '../../geometry/text';
import { useActualRate, useEdgeRateFigures, useScenarioRate } from './nodeAnalysis';
import { ActualRateChip } from './ActualRateChip';
import './analysis.css';

// Drawn in the edge's own SVG, like its label (EdgeLabel.tsx explains why not a portal), at the
// size the SVG export draws it. Its edge leaves it out when a large diagram is zoomed out (FlowEdgeView.tsx).

interface EdgeRateChipProps {
  edgeId: string;
  /** The chip's centre, in canvas units: the middle of the room the placer kept for it. */
  x: number;
  y: number;
  /** The edge states no rate: the share shown is what the split leaves it. */
  implied: boolean;
}

export function EdgeRateChip({ edgeId, x, y, implied }: EdgeRateChipProps) {
  const { t, language } = useI18n();
  const { share, typed, conflictTotal } = useEdgeRateFigures(edgeId);
  const scenario = useScenarioRate(edgeId);
  const actual = useActualRate(edgeId);
  if (actual !== undefined) return <ActualRateChip figures={actual} x={x} y={y} />;
  if (share === undefined) return null;
  // When its source's rates add up above 100%, the chip shows the rate as typed, marked, rather
  // than the scaled share the figures use: a chip reading 39% under a typed 45% hid the conflict.
  const conflict = conflictTotal !== undefined;
  const rate = formatRate(conflict ? (typed ?? 0) : share, language);
  const width = rateChipWidth(rate, conflict);
  const { height, paddingX, markRadius, fontSize } = RATE_CHIP;
  const left = x - width / 2;
  const [baseline] = lineBaselines(1, y, { fontSize, lineHeight: height });
  const title = conflict
    ? t('analysis.chip.conflict', { rate, total: formatRate(conflictTotal, language), share: formatRate(share, language) })
    : scenario !== undefined
      ? t('scenarios.chip', { name: scenario, rate })
      : t(implied ? 'analysis.chip.implied' : 'analysis.chip', { rate });
  const className = [
    'sf-rate-chip',
    implied ? 'sf-rate-chip--implied' : '',
    conflict ? 'sf-rate-chip--conflict' : '',
    scenario !== undefined ? 'sf-rate-chip--scenario' : '',
  ].join(' ');
  const markX = left + width - paddingX - markRadius + 2;
  return (
    <g className={className}>
      <title>{title}</title>
      <rect x={left} y={y - height / 2} width={width} height={height} rx={height / 2} />
      <text x={left + paddingX + textWidth(rate, fontSize) / 2} y={baseline} textAnchor="middle" fontSize={fontSize}>
        {rate}
      </text>
      {conflict && (
        <g className="sf-rate-chip__mark" aria-hidden="true">
          <circle cx={markX} cy={y} r={markRadius} />
          <text x={markX} y={y} textAnchor="middle" dominantBaseline="central">
            !
          </text>
        </g>
      )}
    </g>
  );
}
