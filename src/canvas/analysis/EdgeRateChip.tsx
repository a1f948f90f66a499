import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import { useDetailed } from '../detail';
import { lineBaselines, RATE_CHIP, rateChipOffset, rateChipWidth } from '../../geometry/labelBox';
import { useEdgeShare } from './nodeAnalysis';
import './analysis.css';

// Drawn in the edge's own SVG, like its label (EdgeLabel.tsx explains why not a portal), at the
// size the SVG export draws it.

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
  const share = useEdgeShare(edgeId);
  // Zoomed out on a large diagram, 11px text is unreadable and every chip costs paint.
  const detailed = useDetailed();
  if (share === undefined || !detailed) return null;
  const rate = formatRate(share, language);
  const width = rateChipWidth(rate);
  const { height } = RATE_CHIP;
  const centreY = y + rateChipOffset(label);
  const [baseline] = lineBaselines(1, centreY, { fontSize: RATE_CHIP.fontSize, lineHeight: height });
  return (
    <g className={`sf-rate-chip${implied ? ' sf-rate-chip--implied' : ''}`}>
      <title>{t(implied ? 'analysis.chip.implied' : 'analysis.chip', { rate })}</title>
      <rect x={x - width / 2} y={centreY - height / 2} width={width} height={height} rx={height / 2} />
      <text x={x} y={baseline} textAnchor="middle" fontSize={RATE_CHIP.fontSize}>
        {rate}
      </text>
    </g>
  );
}
