import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/I18nProvider';
import { kindAppearance, type KindAppearance, type Theme } from '../../model/shapes';
import { useEditor } from '../../store/EditorStoreProvider';
import { editStyles } from '../../model/operations';
import { ColourField } from './fields/ColourField';
import { Group } from './Group';
import type { ColourRole } from './palette';
import { summariseStyles } from './styleSummary';
import { useEdit } from './useEdit';

const ROLES: readonly ColourRole[] = ['fill', 'stroke', 'textColor'];

const APPEARANCE_KEY: Record<ColourRole, keyof KindAppearance> = {
  fill: 'fill',
  stroke: 'stroke',
  textColor: 'text',
};

/** Fill, stroke and text colour of one node or of many at once; each pick is one undo step. */
export function NodeColours({ nodeIds, theme }: { nodeIds: readonly string[]; theme: Theme }) {
  const t = useT();
  const edit = useEdit();
  const ids = useMemo(() => new Set(nodeIds), [nodeIds]);
  const summary = useEditor(useShallow((state) => summariseStyles(state.document.nodes, ids)));
  const appearance = summary.kind === null ? null : kindAppearance(summary.kind, theme);

  return (
    <Group title={t('inspector.group.appearance')}>
      {ROLES.map((role) => (
        <ColourField
          key={role}
          role={role}
          value={summary[role]}
          defaultColour={appearance?.[APPEARANCE_KEY[role]]}
          onPick={(value) => edit(editStyles(nodeIds, { [role]: value }))}
        />
      ))}
    </Group>
  );
}
