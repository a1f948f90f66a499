import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { useT } from '../../i18n/I18nProvider';
import { useCanvasActions } from '../CanvasActions';
import { InlineTextEditor } from '../InlineTextEditor';
import { EdgeLabel } from './EdgeLabel';
import { useDetailed } from '../detail';
import { EdgeRateChip } from '../analysis/EdgeRateChip';
import type { CanvasEdge } from '../toFlowElements';
import { roundedPath } from '../../model/polyline';
import { edgeLabelPoint } from '../../model/edgeLabel';
import type { FlowEdge } from '../../model/types';

const CORNER_RADIUS = 10;

type Ends = Pick<EdgeProps<CanvasEdge>, 'sourceX' | 'sourceY' | 'targetX' | 'targetY' | 'sourcePosition' | 'targetPosition'>;

/**
 * The route an auto layout chose (its `points`, which start and end on the handles), or else
 * orthogonal routing with rounded corners, as in draw.io's default connector. Moving an end drops
 * the stored route (moveNodes), so the fallback takes over as soon as the user drags.
 */
function edgePath(edge: FlowEdge | undefined, ends: Ends): [string, number, number] {
  const points = edge?.points;
  if (edge && points && points.length >= 2) {
    const label = edgeLabelPoint(edge, points);
    return [roundedPath(points, CORNER_RADIUS), label.x, label.y];
  }
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: CORNER_RADIUS });
  return [path, labelX, labelY];
}

function FlowEdgeViewComponent(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
  const t = useT();
  const editing = data?.editing ?? false;
  // Arrowheads and labels are too small to read when a large diagram is zoomed out, and each one
  // costs paint on every pan frame.
  const detailed = useDetailed();
  const actions = useCanvasActions();
  const edge = data?.edge;
  const [path, labelX, labelY] = edgePath(edge, { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const dashed = edge?.style === 'dashed';
  const labelPosition = { transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` };
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={detailed ? markerEnd : undefined}
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
      ) : edge?.label && detailed ? (
        <EdgeLabel text={edge.label} x={labelX} y={labelY} selected={Boolean(selected)} onDoubleClick={() => actions.editEdgeLabel(id)} />
      ) : null}
      <EdgeRateChip edgeId={id} x={labelX} y={labelY} label={editing ? undefined : edge?.label} implied={edge?.conversionRate === undefined} />
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeViewComponent);
