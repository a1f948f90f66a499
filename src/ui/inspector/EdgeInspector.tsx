import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import { MAX_LABEL_LENGTH } from '../../model/schema';
import type { EdgeLineStyle, SalesDocument } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { editEdge } from '../../model/operations';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { Group } from './Group';
import { optionalText } from './text';
import { useEdit } from './useEdit';
import { ScenarioValueField } from '../scenarios/ScenarioValueField';
import { EdgeRateConflict } from './RateConflict';

function endpoint(doc: SalesDocument, id: string | undefined) {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  // Labels may span lines; the summary reads as one.
  return { label: node?.label.replace(/\s+/g, ' ').trim() ?? '', isNote: node?.kind === 'note' };
}

export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const { t, language } = useI18n();
  const edit = useEdit();
  const { edge, source, target, annotation } = useEditor(
    useShallow((state) => {
      const found = state.document.edges.find((candidate) => candidate.id === edgeId);
      const from = endpoint(state.document, found?.source);
      const to = endpoint(state.document, found?.target);
      return { edge: found, source: from.label, target: to.label, annotation: from.isNote || to.isNote };
    }),
  );
  if (edge === undefined) return null;

  const styleOptions = (['solid', 'dashed'] as const).map((style) => ({
    value: style,
    label: t(`inspector.edgeStyle.${style}`),
  }));

  return (
    <>
      <header className="sf-inspector__header">
        <h2 className="sf-inspector__title">{t('inspector.heading.edge')}</h2>
        <p className="sf-inspector__subtitle">{t('inspector.edgeEnds', { source, target })}</p>
      </header>
      <Group>
        <TextField
          label={t('inspector.field.label')}
          value={edge.label ?? ''}
          multiline
          maxLength={MAX_LABEL_LENGTH}
          onCommit={(text) => {
            edit(editEdge(edgeId, { label: optionalText(text) }));
            return null;
          }}
        />
        <SelectField<EdgeLineStyle>
          label={t('inspector.field.edgeStyle')}
          value={edge.style ?? 'solid'}
          options={styleOptions}
          // Solid is what an edge without a style draws, so it is stored as no style at all.
          onChange={(style) => edit(editEdge(edgeId, { style: style === 'solid' ? undefined : style }))}
        />
        {/* An edge touching a note is an annotation: it carries no volume, so it has no rate. */}
        {!annotation && (
          <>
            <ScenarioValueField
              target={{ kind: 'edgeRate', id: edgeId }}
              label={t('inspector.field.conversionRate')}
              scale={100}
              rule={{ min: 0, max: 100, optional: true, percent: true }}
              hint={t('inspector.hint.conversionRate')}
              describe={(rate) => formatRate(rate, language)}
              onProcessCommit={(conversionRate) => edit(editEdge(edgeId, { conversionRate }))}
            />
            <EdgeRateConflict edge={edge} sourceLabel={source} />
          </>
        )}
      </Group>
    </>
  );
}
