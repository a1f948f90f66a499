import { useI18n } from '../../i18n/I18nProvider';
import { formatCount } from '../../model/analytics/display';
import { MAX_VOLUME } from '../../model/schema';
import { OUTCOMES, type FlowNode, type Outcome } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { editNode } from '../../model/operations';
import { SelectField, type Option } from './fields/SelectField';
import { useEdit } from './useEdit';
import { ScenarioValueField } from '../scenarios/ScenarioValueField';

/** The funnel's inputs on its ends: leads entering at a start, the outcome of an end. */
export function NodeSalesField({ node }: { node: FlowNode }) {
  const { t, language } = useI18n();
  const edit = useEdit();
  const period = useEditor((state) => state.document.settings.period);

  if (node.kind === 'start') {
    return (
      <ScenarioValueField
        target={{ kind: 'startVolume', id: node.id }}
        label={t('inspector.field.volume')}
        rule={{ min: 0, max: MAX_VOLUME, optional: true }}
        unit={t(`inspector.perPeriod.${period}`)}
        describe={(volume) => formatCount(volume, language)}
        onProcessCommit={(volume) => edit(editNode(node.id, { volume }))}
      />
    );
  }

  if (node.kind === 'end') {
    // "Not set" is offered only while it is true: an outcome, once chosen, is changed, not removed.
    const options: Option<Outcome | ''>[] = OUTCOMES.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`) }));
    if (node.outcome === undefined) options.unshift({ value: '', label: t('inspector.outcome.unset') });
    return (
      <SelectField
        label={t('inspector.field.outcome')}
        value={node.outcome ?? ''}
        options={options}
        onChange={(outcome) => {
          if (outcome !== '') edit(editNode(node.id, { outcome }));
        }}
      />
    );
  }

  return null;
}
