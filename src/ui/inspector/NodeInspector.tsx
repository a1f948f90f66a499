import { useMemo } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { isFlowKind } from '../../model/kinds';
import { MAX_LABEL_LENGTH } from '../../model/schema';
import type { Theme } from '../../model/shapes';
import { useEditor } from '../../store/EditorStoreProvider';
import { editNode } from '../../model/operations';
import { TextField } from './fields/TextField';
import { Group } from './Group';
import { NodeColours } from './NodeColours';
import { NodeDetailsFields } from './NodeDetailsFields';
import { NodeLaneAndLink } from './NodeLaneAndLink';
import { useEdit } from './useEdit';
import { NodeRateConflict } from './RateConflict';

export function NodeInspector({ nodeId, theme }: { nodeId: string; theme: Theme }) {
  const t = useT();
  const edit = useEdit();
  const node = useEditor((state) => state.document.nodes.find((candidate) => candidate.id === nodeId));
  const nodeIds = useMemo(() => [nodeId], [nodeId]);
  if (node === undefined) return null;

  return (
    <>
      <header className="sf-inspector__header">
        <h2 className="sf-inspector__title">{t(`kind.${node.kind}`)}</h2>
      </header>
      <Group>
        <TextField
          label={t('inspector.field.label')}
          value={node.label}
          multiline
          maxLength={MAX_LABEL_LENGTH}
          onCommit={(text) => {
            edit(editNode(nodeId, { label: text }));
            return null;
          }}
        />
      </Group>
      {isFlowKind(node.kind) && <NodeRateConflict nodeId={nodeId} />}
      {isFlowKind(node.kind) && <NodeDetailsFields node={node} />}
      <NodeLaneAndLink node={node} />
      <NodeColours nodeIds={nodeIds} theme={theme} />
    </>
  );
}
