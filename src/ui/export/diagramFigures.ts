import type { DiagramFigures } from '../../io/svg/drawFigures';
import { analysisOf } from '../../model/analytics/analysisCache';
import { formatCount, formatLeak, formatRate } from '../../model/analytics/display';
import type { SalesDocument } from '../../model/types';
import type { Translate } from '../../i18n/I18nProvider';

/**
 * The forecast as the canvas shows it, formatted for an exported image in the user's language: a
 * rate in conflict as typed and marked, a volume that depends on one with ≈.
 */
export function diagramFigures(document: SalesDocument, locale: string, t: Translate): DiagramFigures {
  const { funnel, rateConflicts, leaks: leaking } = analysisOf(document);
  const nodes = new Map<string, string>();
  for (const [id, volume] of funnel.volume) {
    const count = formatCount(volume, locale);
    nodes.set(id, rateConflicts.estimated.has(id) ? `≈${count}` : count);
  }
  const typed = new Map(document.edges.map((edge) => [edge.id, edge.conversionRate]));
  const edges = new Map<string, string>();
  for (const [id, share] of funnel.share) {
    edges.set(id, formatRate(rateConflicts.edges.has(id) ? (typed.get(id) ?? 0) : share, locale));
  }
  const leaks = new Map<string, string>();
  for (const [id, leak] of leaking) leaks.set(id, formatLeak(leak.share, funnel.entered > 0 ? leak.volume : undefined, locale));
  const period = t(`inspector.perPeriod.${document.settings.period}`);
  return { nodes, edges, conflicts: rateConflicts.edges, leaks, legend: t('export.figuresLegend', { period }) };
}
