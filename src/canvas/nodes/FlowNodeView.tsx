import { memo } from 'react';
import { Handle, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { kindAppearance, shapeGeometry } from '../../model/shapes';
import { HANDLE_SIDES } from '../../model/types';
import type { CanvasNode } from '../toFlowElements';
import { SIDE_POSITION } from '../handles';
import { useCanvasTheme } from '../CanvasThemeContext';
import { ShapeSvg } from './ShapeSvg';

// Below this zoom a label is unreadable anyway: a plain box costs a fraction of the symbol
// (STACK-NOTES.md, "Drawing 1,000 flowchart nodes").
const DETAIL_ZOOM = 0.5;
const isDetailed = (state: ReactFlowState) => state.transform[2] >= DETAIL_ZOOM;

function FlowNodeViewComponent({ data, selected }: NodeProps<CanvasNode>) {
  const { node } = data;
  const detailed = useStore(isDetailed);
  const theme = useCanvasTheme();
  const appearance = kindAppearance(node.kind, theme);
  const fill = node.style?.fill ?? appearance.fill;
  const stroke = node.style?.stroke ?? appearance.stroke;
  const textColor = node.style?.textColor ?? appearance.text;
  const { width, height } = node.size;
  const className = `sf-node sf-node--${node.kind}${selected ? ' sf-node--selected' : ''}`;

  if (!detailed) {
    return (
      <div className={className} data-kind={node.kind}>
        <div className="sf-node__box" style={{ background: fill, border: `2px solid ${stroke}` }} />
        {HANDLE_SIDES.map((side) => (
          <Handle key={side} id={side} type="source" position={SIDE_POSITION[side]} />
        ))}
      </div>
    );
  }

  const { textBox } = shapeGeometry(node.kind, width, height);
  return (
    <div className={className} data-kind={node.kind}>
      <ShapeSvg kind={node.kind} width={width} height={height} fill={fill} stroke={stroke} />
      <div
        className="sf-node__label"
        style={{ left: textBox.x, top: textBox.y, width: textBox.width, height: textBox.height, color: textColor }}
      >
        {node.label}
      </div>
      {HANDLE_SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={SIDE_POSITION[side]} />
      ))}
    </div>
  );
}

export const FlowNodeView = memo(FlowNodeViewComponent);

