import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { useT } from '../../i18n/I18nProvider';
import { useCanvasActions } from '../CanvasActions';
import { InlineTextEditor } from '../InlineTextEditor';
import { EdgeLabel } from './EdgeLabel';
import { useDetailed } from '../detail';
import { EdgeRateChip } from '../analysis/EdgeRateChip';
import type { CanvasEdge } from '../toFlowElements';
import { edgeLinePath } from '../../geometry/edgeLine';
import { labelPoint } from '../../geometry/polyline';
import { ARROW_MARKER_ID, SELECTED_ARROW_MARKER_ID } from './EdgeMarkers';
import { useEdgeShape } from './edgeGeometryStore';

/**
 * The route the shared router gave the edge (src/model/routeBook.ts), drawn as every export draws
 * it, with its label and chip where the placer put them (both through edgeGeometryStore.ts).
 * React Flow's own end coordinates serve only while a route is missing, for a frame.
 */
function FlowEdgeViewComponent(props: EdgeProps<CanvasEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, selected } = props;
  const t = useT();
  const editing = data?.editing ?? false;
  // Arrowheads and labels are too small to read when a large diagram is zoomed out, and each one
  // costs paint on every pan frame.
  const detailed = useDetailed();
  const actions = useCanvasActions();
  const edge = data?.edge;
  const annotation = data?.annotation ?? false;
  const shape = useEdgeShape(id);
  const points = shape.route ?? [
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
  ];
  const arrow = detailed && !annotation;
  const path = edgeLinePath(points, arrow);
  const place = shape.place;
  const { x: labelX, y: labelY } = place?.centre ?? labelPoint(points);
  const chip = place?.chip;
  const dashed = edge?.style === 'dashed';
  const labelPosition = { transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` };
  const className = annotation ? 'sf-edge sf-edge--annotation' : selected ? 'sf-edge sf-edge--selected' : 'sf-edge';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={arrow ? `url(#${selected ? SELECTED_ARROW_MARKER_ID : ARROW_MARKER_ID})` : undefined}
        interactionWidth={16}
        className={className}
        style={dashed && !annotation ? { strokeDasharray: '6 4' } : undefined}
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
        <EdgeLabel
          text={edge.label}
          x={labelX}
          y={labelY}
          selected={Boolean(selected)}
          crowded={place?.clear === false ? t('edgeLabel.crowded') : undefined}
          onDoubleClick={() => actions.editEdgeLabel(id)}
        />
      ) : null}
      {/* Zoomed out on a large diagram, a chip's 11px text is unreadable and costs paint; not
          mounting it also spares its three store subscriptions, run on every frame of a drag. */}
      {chip && detailed ? <EdgeRateChip edgeId={id} x={chip.x + chip.width / 2} y={chip.y + chip.height / 2} implied={edge?.conversionRate === undefined} /> : null}
    </>
  );
}

export const FlowEdgeView = memo(FlowEdgeViewComponent);
