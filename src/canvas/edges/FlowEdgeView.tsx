import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { CanvasEdge } from '../toFlowElements';

// Orthogonal routing with rounded corners, as in draw.io's default connector.
function FlowEdgeViewComponent(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, selected } = props;
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
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={selected ? 'sf-edge sf-edge--selected' : 'sf-edge'}
        style={dashed ? { strokeDasharray: '6 4' } : undefined}
      />
      {edge?.label ? (
        <EdgeLabelRenderer>
          <div
            className="sf-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {edge.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeViewComponent);
