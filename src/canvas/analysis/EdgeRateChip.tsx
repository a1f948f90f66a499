import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import { useDetailed } from '../detail';
import { edgeLabelSize, estimateTextWidth } from '../../model/edgeLabel';
import { useEdgeRateFigures, useScenarioRate } from './nodeAnalysis';
import './analysis.css';

// Drawn in the edge's own SVG, like its label (EdgeLabel.tsx explains why not a portal).
const FONT_SIZE = 11;
const HEIGHT = 16;
const PADDING_X = 5;
const GAP = 2;
/** The conflict mark: a disc with "!" after the rate. */
const MARK_RADIUS = 5.5;

interface EdgeRateChipProps {
  edgeId: string;
  /** The edge's label point, in canvas units. */
  x: number;
  y: number;
  /** The edge's label, when it shows one: the chip then sits just below it. */
  label: string | undefined;
  /** The edge states no rate: the share shown is what the split leaves it. */
  implied: boolean;
}

export function EdgeRateChip({ edgeId, x, y, label, implied }: EdgeRateChipProps) {
  const { t, language } = useI18n();
  const { share, typed, conflictTotal } = useEdgeRateFigures(edgeId);
  const scenario = useScenarioRate(edgeId);
  // Zoomed out on a large diagram, 11px text is unreadable and every chip costs paint.
  const detailed = useDetailed();
  if (share === undefined || !detailed) return null;
  // When its source's rates add up above 100%, the chip shows the rate as typed, marked, rather
  // than the scaled share the figures use: a chip reading 39% under a typed 45% hid the conflict.
  const conflict = conflictTotal !== undefined;
  const rate = formatRate(conflict ? (typed ?? 0) : share, language);
  const textWidth = estimateTextWidth(rate, FONT_SIZE);
  const width = textWidth + 2 * PADDING_X + (conflict ? 2 * MARK_RADIUS + 3 : 0);
  const centreY = label ? y + edgeLabelSize(label).height / 2 + GAP + HEIGHT / 2 : y;
  const left = x - width / 2;
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
  return (
    <g className={className}>
      <title>{title}</title>
      <rect x={left} y={centreY - HEIGHT / 2} width={width} height={HEIGHT} rx={HEIGHT / 2} />
      <text x={left + PADDING_X + textWidth / 2} y={centreY} textAnchor="middle" dominantBaseline="central">
        {rate}
      </text>
      {conflict && (
        <g className="sf-rate-chip__mark" aria-hidden="true">
          <circle cx={left + width - PADDING_X - MARK_RADIUS + 2} cy={centreY} r={MARK_RADIUS} />
          <text x={left + width - PADDING_X - MARK_RADIUS + 2} y={centreY} textAnchor="middle" dominantBaseline="central">
            !
          </text>
        </g>
      )}
    </g>
  );
}
