import { useI18n } from '../../i18n/I18nProvider';
import type { Theme } from '../../model/shapes';
import { useEditor } from '../../store/EditorStoreProvider';
import { NodeColours } from './NodeColours';

/** Several things selected: how many, and the colours, which apply to every selected node. */
export function MultiInspector({ nodeCount, edgeCount, theme }: { nodeCount: number; edgeCount: number; theme: Theme }) {
  const { t, tn } = useI18n();
  const nodeIds = useEditor((state) => state.selection.nodeIds);
  const nodes = tn('count.nodes', nodeCount);
  const edges = tn('count.edges', edgeCount);
  const items = nodeCount === 0 ? edges : edgeCount === 0 ? nodes : t('inspector.count.both', { nodes, edges });

  return (
    <>
      <header className="sf-inspector__header">
        <h2 className="sf-inspector__title">{t('inspector.selected', { items })}</h2>
      </header>
      {nodeCount > 0 ? (
        <NodeColours nodeIds={nodeIds} theme={theme} />
      ) : (
        <p className="sf-inspector__empty">{t('inspector.edgesOnly')}</p>
      )}
    </>
  );
}
