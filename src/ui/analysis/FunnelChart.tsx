import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import type { Funnel } from '../../model/analytics/funnel';
import type { FlowNode } from '../../model/types';
import { nodeName } from './nodeName';

interface FunnelChartProps {
  path: readonly string[];
  funnel: Funnel;
  nodesById: ReadonlyMap<string, FlowNode>;
  /** The stage the bottleneck names, drawn in its colour. */
  bottleneckId: string | undefined;
}

/**
 * A longer path shows its first steps and a button for the rest: a 5,000-node process's main path
 * had 1,965 steps, ten thousand elements laid out with the editor's first frame.
 */
export const FUNNEL_STEPS_SHOWN = 40;

/** Horizontal bars of the expected volume along the main path, the widest being the largest. */
export function FunnelChart({ path, funnel, nodesById, bottleneckId }: FunnelChartProps) {
  const { t, language } = useI18n();
  const [all, setAll] = useState(false);
  const volumes = path.map((id) => funnel.volume.get(id) ?? 0);
  const largest = Math.max(0, ...volumes);
  if (path.length === 0 || largest <= 0) return null;
  const shown = all ? path : path.slice(0, FUNNEL_STEPS_SHOWN);
  return (
    <>
      <ol className="sf-funnel" aria-label={t('analysis.funnelChart')}>
        {shown.map((id, index) => {
          const volume = volumes[index] ?? 0;
          return (
            <li key={id} className={`sf-funnel__step${id === bottleneckId ? ' sf-funnel__step--bottleneck' : ''}`}>
              <span className="sf-funnel__name">{nodeName(nodesById.get(id), t)}</span>
              <span className="sf-funnel__row">
                <span className="sf-funnel__bar" style={{ width: `${Math.max(1, (volume / largest) * 100)}%` }} />
                <span className="sf-funnel__value">{formatCount(volume, language)}</span>
              </span>
            </li>
          );
        })}
      </ol>
      {shown.length < path.length ? (
        <button type="button" className="sf-button sf-analysis__button" onClick={() => setAll(true)}>
          {t('analysis.funnelShowAll', { steps: path.length })}
        </button>
      ) : null}
    </>
  );
}
