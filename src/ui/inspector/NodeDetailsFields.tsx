import { useI18n } from '../../i18n/I18nProvider';
import { formatDays } from '../analysis/formatDays';
import { MAX_DURATION_DAYS, MAX_LABEL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../model/schema';
import type { FlowNode } from '../../model/types';
import { editDetails } from '../../model/operations';
import { TextField } from './fields/TextField';
import type { CommitResult } from './fields/useDraft';
import { Group } from './Group';
import { NodeSalesField } from './NodeSalesField';
import { optionalText } from './text';
import { useEdit } from './useEdit';
import { ScenarioValueField } from '../scenarios/ScenarioValueField';

type TextDetail = 'owner' | 'entryCriteria' | 'exitCriteria' | 'kpi' | 'notes';

/** What a flow node (anything but a note) carries for the funnel, cycle time and the team. */
export function NodeDetailsFields({ node }: { node: FlowNode }) {
  const { t, tn, language } = useI18n();
  const edit = useEdit();
  const details = node.details ?? {};
  const commitText =
    (key: TextDetail) =>
    (text: string): CommitResult => {
      edit(editDetails(node.id, { [key]: optionalText(text) }));
      return null;
    };

  return (
    <Group title={t('inspector.group.details')}>
      <NodeSalesField node={node} />
      <TextField
        label={t('inspector.field.owner')}
        value={details.owner ?? ''}
        maxLength={MAX_SHORT_TEXT_LENGTH}
        onCommit={commitText('owner')}
      />
      <ScenarioValueField
        target={{ kind: 'duration', id: node.id }}
        label={t('inspector.field.duration')}
        rule={{ min: 0, max: MAX_DURATION_DAYS, optional: true }}
        describe={(days) => formatDays(days, tn, language)}
        onProcessCommit={(durationDays) => edit(editDetails(node.id, { durationDays }))}
      />
      <TextField
        label={t('inspector.field.entryCriteria')}
        value={details.entryCriteria ?? ''}
        multiline
        maxLength={MAX_LONG_TEXT_LENGTH}
        onCommit={commitText('entryCriteria')}
      />
      <TextField
        label={t('inspector.field.exitCriteria')}
        value={details.exitCriteria ?? ''}
        multiline
        maxLength={MAX_LONG_TEXT_LENGTH}
        onCommit={commitText('exitCriteria')}
      />
      <TextField
        label={t('inspector.field.kpi')}
        value={details.kpi ?? ''}
        maxLength={MAX_LABEL_LENGTH}
        onCommit={commitText('kpi')}
      />
      <TextField
        label={t('inspector.field.notes')}
        value={details.notes ?? ''}
        multiline
        maxLength={MAX_LONG_TEXT_LENGTH}
        onCommit={commitText('notes')}
      />
    </Group>
  );
}
