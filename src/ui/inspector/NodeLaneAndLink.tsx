import { useT } from '../../i18n/I18nProvider';
import { MAX_LABEL_LENGTH } from '../../model/schema';
import type { FlowNode } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { editNode } from '../../model/operations';
import { echo } from './fields/echo';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { Group } from './Group';
import { parseLinkInput } from './link';
import { useEdit } from './useEdit';

export function NodeLaneAndLink({ node }: { node: FlowNode }) {
  const t = useT();
  const edit = useEdit();
  const lanes = useEditor((state) => state.document.lanes);
  const laneOptions = [
    { value: '', label: t('inspector.lane.none') },
    ...lanes.map((lane, index) => ({
      value: lane.id,
      label: lane.label.trim() === '' ? t('inspector.lane.unnamed', { number: index + 1 }) : lane.label,
    })),
  ];

  return (
    <Group title={t('inspector.group.organise')}>
      <SelectField
        label={t('inspector.field.lane')}
        value={node.laneId ?? ''}
        options={laneOptions}
        onChange={(laneId) => edit(editNode(node.id, { laneId: laneId === '' ? undefined : laneId }))}
      />
      <TextField
        label={t('inspector.field.link')}
        value={node.link ?? ''}
        inputMode="url"
        maxLength={MAX_LABEL_LENGTH}
        hint={t('inspector.hint.link')}
        onCommit={(text) => {
          const parsed = parseLinkInput(text);
          if (!parsed.ok) return t('inspector.error.link', { value: echo(text) });
          edit(editNode(node.id, { link: parsed.link }));
          return null;
        }}
      />
    </Group>
  );
}
