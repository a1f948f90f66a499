import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useT } from '../../i18n/I18nProvider';
import { useCanvasActions } from '../CanvasActions';
import { InlineTextEditor } from '../InlineTextEditor';
import { EdgeLabel } from './EdgeLabel';
import type { CanvasEdge } from '../toFlowElements';

// Orthogonal routing with rounded corners, as in draw.io's default connector.
function FlowEdgeViewComponent(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const t = useT();
  const editing = data?.editing ?? false;
  const actions = useCanvasActions();
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
  });
  const edge = data?.edge;
  const dashed = edge?.style === 'dashed';
  const labelPosition = { transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        className={selected ? 'sf-edge sf-edge--selected' : 'sf-edge'}
        style={dashed ? { strokeDasharray: '6 4' } : undefined}
      />
      {editing ? (
        <EdgeLabelRenderer>
          <div className="sf-edge-label-editor" style={labelPosition}>
            <InlineTextEditor
              className="sf-edge-label-editor__input"
              initial={edge?.label ?? ''}
              label={t('edgeLabel.editor')}
              onCommit={(value) => actions.commitEdgeLabel(id, value)}
              onCancel={actions.stopEditing}
            />
          </div>
        </EdgeLabelRenderer>
      ) : edge?.label ? (
        <EdgeLabel text={edge.label} x={labelX} y={labelY} selected={Boolean(selected)} onDoubleClick={() => actions.editEdgeLabel(id)} />
      ) : null}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeViewComponent);
