import type { DiagramFigures } from '../../io/svg/drawFigures';
import { analysisOf } from '../../model/analytics/analysisCache';
import { formatCount, formatRate } from '../../model/analytics/display';
import type { SalesDocument } from '../../model/types';
import type { Translate } from '../../i18n/I18nProvider';

/** The forecast as the canvas shows it, formatted for an exported image in the user's language. */
export function diagramFigures(document: SalesDocument, locale: string, t: Translate): DiagramFigures {
  const { funnel } = analysisOf(document);
  const nodes = new Map<string, string>();
  for (const [id, volume] of funnel.volume) nodes.set(id, formatCount(volume, locale));
  const edges = new Map<string, string>();
  for (const [id, share] of funnel.share) edges.set(id, formatRate(share, locale));
  const period = t(`inspector.perPeriod.${document.settings.period}`);
  return { nodes, edges, legend: t('export.figuresLegend', { period }) };
}
