import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import { useDetailed } from '../detail';
import { edgeLabelSize, estimateTextWidth } from '../../model/edgeLabel';
import { useEdgeShare, useScenarioRate } from './nodeAnalysis';
import './analysis.css';

// Drawn in the edge's own SVG, like its label (EdgeLabel.tsx explains why not a portal).
const FONT_SIZE = 11;
const HEIGHT = 16;
const PADDING_X = 5;
const GAP = 2;

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
  const scenario = useScenarioRate(edgeId);
  // Zoomed out on a large diagram, 11px text is unreadable and every chip costs paint.
  const detailed = useDetailed();
  if (share === undefined || !detailed) return null;
  const rate = formatRate(share, language);
  const width = estimateTextWidth(rate, FONT_SIZE) + 2 * PADDING_X;
  const centreY = label ? y + edgeLabelSize(label).height / 2 + GAP + HEIGHT / 2 : y;
  return (
    <g className={`sf-rate-chip${implied ? ' sf-rate-chip--implied' : ''}${scenario !== undefined ? ' sf-rate-chip--scenario' : ''}`}>
      <title>{scenario !== undefined ? t('scenarios.chip', { name: scenario, rate }) : t(implied ? 'analysis.chip.implied' : 'analysis.chip', { rate })}</title>
      <rect x={x - width / 2} y={centreY - HEIGHT / 2} width={width} height={HEIGHT} rx={HEIGHT / 2} />
      <text x={x} y={centreY} textAnchor="middle" dominantBaseline="central">
        {rate}
      </text>
    </g>
  );
}
