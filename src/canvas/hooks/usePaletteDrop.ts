import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { addShape, addSwimlane } from '../../commands/addShape';
import { newLabelKey, PALETTE_DRAG_TYPE, paletteShape } from '../../commands/paletteDrag';
import { bandAt, laneBands } from '../../model/laneBands';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useT } from '../../i18n/I18nProvider';

/** A palette item dropped on the canvas lands centred under the pointer, in the lane under it. */
export function usePaletteDrop() {
  const flow = useReactFlow();
  const { context } = useEditorCommands();
  const t = useT();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const payload = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!payload) return;
      event.preventDefault();
      if (payload === 'swimlane') {
        addSwimlane(context, t('lane.newLabel', { number: context.document().lanes.length + 1 }));
        return;
      }
      const shape = paletteShape(payload);
      if (shape === undefined) return;
      const centre = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
      const band = bandAt(laneBands(context.document()), centre);
      addShape(context, {
        kind: shape.kind,
        label: t(newLabelKey(shape)),
        centre,
        ...(band?.laneId ? { laneId: band.laneId } : {}),
        ...(shape.outcome !== undefined ? { outcome: shape.outcome } : {}),
      });
    },
    [context, flow, t],
  );

  return { onDragOver, onDrop };
}
