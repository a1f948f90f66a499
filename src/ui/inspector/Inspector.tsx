import type { ReactNode } from 'react';
import { useReadOnlyReason } from '../useReadOnlyReason';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/I18nProvider';
import type { Theme } from '../../model/shapes';
import { useEditor } from '../../store/EditorStoreProvider';
import { DocumentSettings } from './DocumentSettings';
import { EdgeInspector } from './EdgeInspector';
import { inspectorView } from './inspectorView';
import { MultiInspector } from './MultiInspector';
import { NodeInspector } from './NodeInspector';
import './inspector.css';

interface InspectorProps {
  /** Shows what a node's "default" colours look like in the current theme. */
  theme: Theme;
  /** Shown below the document settings when nothing is selected: the funnel analysis. */
  analysis?: ReactNode;
}

/** The right-hand panel: the selected node's or edge's properties, or the document's settings. */
export function Inspector({ theme, analysis }: InspectorProps) {
  const t = useT();
  const view = useEditor(useShallow((state) => inspectorView(state.document, state.selection)));
  const readOnlyReason = useReadOnlyReason();

  return (
    <aside className="sf-inspector" aria-label={t('inspector.label')}>
      {/* One switch for every field: a tab that only reads shows them, off, with the reason on hover. */}
      <fieldset className="sf-inspector__fields" disabled={readOnlyReason !== undefined} title={readOnlyReason}>
        {view.type === 'node' && <NodeInspector key={view.id} nodeId={view.id} theme={theme} />}
        {view.type === 'edge' && <EdgeInspector key={view.id} edgeId={view.id} />}
        {view.type === 'many' && <MultiInspector nodeCount={view.nodeCount} edgeCount={view.edgeCount} theme={theme} />}
        {view.type === 'document' && <DocumentSettings />}
      </fieldset>
      {view.type === 'document' && analysis !== undefined && <div className="sf-inspector__analysis">{analysis}</div>}
    </aside>
  );
}
