import type { Theme } from '../model/shapes';
import { addShape, addSwimlane } from '../commands/addShape';
import { useT } from '../i18n/I18nProvider';
import { useEditor } from '../store/EditorStoreProvider';
import { useEditorCommands } from '../store/EditorCommandsProvider';
import { LaneIcon, ShapeIcon } from './ShapeIcon';
import { newLabelKey, PALETTE_DRAG_TYPE, PALETTE_SHAPES, paletteNameKey, type PaletteShape } from '../commands/paletteDrag';
import { useReadOnlyReason } from './useReadOnlyReason';

export function Palette({ theme }: { theme: Theme }) {
  const t = useT();
  const { context } = useEditorCommands();
  const laneCount = useEditor((state) => state.document.lanes.length);
  const readOnlyReason = useReadOnlyReason();
  const editable = readOnlyReason === undefined;

  const addAtCentre = (shape: PaletteShape) => {
    addShape(context, {
      kind: shape.kind,
      label: t(newLabelKey(shape)),
      ...(shape.outcome !== undefined ? { outcome: shape.outcome } : {}),
    });
  };

  return (
    <nav className="sf-palette" aria-label={t('palette.label')}>
      <p className="sf-palette__hint">{t('palette.hint')}</p>
      <ul>
        {PALETTE_SHAPES.map((shape) => (
          <li key={shape.id}>
            <button
              type="button"
              className="sf-palette__item"
              draggable={editable}
              disabled={!editable}
              title={readOnlyReason ?? t(`palette.tooltip.${shape.id}`)}
              aria-label={t(paletteNameKey(shape))}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_DRAG_TYPE, shape.id);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => addAtCentre(shape)}
            >
              <ShapeIcon kind={shape.kind} outcome={shape.outcome} theme={theme} />
              <span aria-hidden="true">{t(paletteNameKey(shape))}</span>
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
