import { NODE_KINDS, type NodeKind } from '../model/types';
import { addShape, addSwimlane } from '../commands/addShape';
import { useT } from '../i18n/I18nProvider';
import { useEditor } from '../store/EditorStoreProvider';
import { useEditorCommands } from '../store/EditorCommandsProvider';
import { LaneIcon, ShapeIcon } from './ShapeIcon';
import { PALETTE_DRAG_TYPE } from '../commands/paletteDrag';
import { useReadOnlyReason } from './useReadOnlyReason';

export function Palette({ theme }: { theme: 'light' | 'dark' }) {
  const t = useT();
  const { context } = useEditorCommands();
  const laneCount = useEditor((state) => state.document.lanes.length);
  const readOnlyReason = useReadOnlyReason();
  const editable = readOnlyReason === undefined;

  const addAtCentre = (kind: NodeKind) => {
    addShape(context, { kind, label: t(`kind.${kind}`) });
  };

  return (
    <nav className="sf-palette" aria-label={t('palette.label')}>
      <p className="sf-palette__hint">{t('palette.hint')}</p>
      <ul>
        {NODE_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="sf-palette__item"
              draggable={editable}
              disabled={!editable}
              title={readOnlyReason ?? t(`palette.tooltip.${kind}`)}
              aria-label={t(`kind.${kind}`)}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, kind);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addAtCentre(kind)}
            >
              <ShapeIcon kind={kind} theme={theme} />
              <span aria-hidden="true">{t(`kind.${kind}`)}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="sf-palette__item"
            draggable={editable}
            disabled={!editable}
            title={readOnlyReason ?? t('palette.tooltip.swimlane')}
            aria-label={t('palette.swimlane')}
            onDragStart={(event) => {
              event.dataTransfer.setData(PALETTE_DRAG_TYPE, 'swimlane');
              event.dataTransfer.effectAllowed = 'copy';
            }}
            onClick={() => addSwimlane(context, t('lane.newLabel', { number: laneCount + 1 }))}
          >
            <LaneIcon />
            <span aria-hidden="true">{t('palette.swimlane')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
