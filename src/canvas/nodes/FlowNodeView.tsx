import { memo, useEffect, useRef } from 'react';
import { Handle, NodeResizer, type NodeProps } from '@xyflow/react';
import { ExternalLink } from 'lucide-react';
import { nodeAppearance, nodeShape } from '../../model/outcomeLook';
import { NODE_LABEL } from '../../geometry/labelBox';
import { HANDLE_SIDES } from '../../model/types';
import { useT } from '../../i18n/I18nProvider';
import type { CanvasNode } from '../toFlowElements';
import { SIDE_POSITION } from '../handles';
import { useCanvasTheme } from '../CanvasThemeContext';
import { useCanvasActions } from '../CanvasActions';
import { InlineTextEditor } from '../InlineTextEditor';
import { NodeLabel } from './NodeLabel';
import { ShapeSvg } from './ShapeSvg';
import { QuickAddArrows } from './QuickAddArrows';
import { useResizeHandlers } from '../hooks/useResizeHandlers';
import { useDetailed } from '../detail';
import { heatColours } from '../analysis/heatScale';
import { useNodeFigures } from '../analysis/nodeAnalysis';
import { BottleneckOutline } from '../analysis/BottleneckOutline';
import { VolumeBadge } from '../analysis/VolumeBadge';
import { TooFewMark } from '../analysis/TooFewMark';
import { LeakBadge } from '../analysis/LeakBadge';
import { testSwitchOn } from '../../lib/testSwitches';
import { useIsKeyboardCurrent } from '../../store/keyboardFocus';

const MIN_WIDTH = 40;
const MIN_HEIGHT = 30;

function Handles() {
  return (
    <>
      {HANDLE_SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={SIDE_POSITION[side]} />
      ))}
    </>
  );
}

function FlowNodeViewComponent({ id, data, selected }: NodeProps<CanvasNode>) {
  if (testSwitchOn('node-view-throws')) throw new Error('node-view-throws: a node view failed on purpose (test switch)');
  const t = useT();
  const { node } = data;
  const detailed = useDetailed();
  const { editing, highlighted } = data;
  const theme = useCanvasTheme();
  const actions = useCanvasActions();
  const resize = useResizeHandlers(id);
  const figures = useNodeFigures(id);
  const heat = figures.lossRate === undefined ? undefined : heatColours(figures.lossRate);
  const appearance = nodeAppearance(node, theme);
  const fill = heat?.fill ?? node.style?.fill ?? appearance.fill;
  const stroke = node.style?.stroke ?? appearance.stroke;
  const textColor = heat?.text ?? node.style?.textColor ?? appearance.text;
  const { width, height } = node.size;
  // Every node takes focus programmatically (tabIndex -1) and none sits in the browser's Tab
  // order: the canvas walks them in flow order itself (keyboard/useKeyboardNavigation.ts). Were
  // only the current node focusable, a quick second Tab would find the focus dropped in between.
  const keyboardCurrent = useIsKeyboardCurrent(id);
  const focusRef = useRef<HTMLDivElement>(null);
  // A label edit that ends while the node holds the keyboard focus gives that focus back to it.
  const wasEditing = useRef(editing);
  useEffect(() => {
    if (wasEditing.current && !editing && keyboardCurrent && document.activeElement === document.body) focusRef.current?.focus({ preventScroll: true });
    wasEditing.current = editing;
  }, [editing, keyboardCurrent]);
  const focusProps = { tabIndex: -1, ref: focusRef };
  const className = [
    'sf-node',
    `sf-node--${node.kind}`,
    selected ? 'sf-node--selected' : '',
    highlighted ? 'sf-node--highlighted' : '',
  ].join(' ');

  if (!detailed) {
    return (
      <div className={className} data-kind={node.kind} {...focusProps}>
        <div className="sf-node__box" style={{ background: fill, border: `2px solid ${stroke}` }} />
        <BottleneckOutline mark={figures.mark} />
        <Handles />
      </div>
    );
  }

  const { textBox } = nodeShape(node.kind, width, height, node.outcome);
  const textStyle = {
    left: textBox.x,
    top: textBox.y,
    width: textBox.width,
    height: textBox.height,
    color: textColor,
    fontSize: NODE_LABEL.fontSize,
    lineHeight: `${NODE_LABEL.lineHeight}px`,
  };
  return (
    <div className={className} data-kind={node.kind} {...focusProps}>
      <NodeResizer
        isVisible={selected && !editing}
        minWidth={MIN_WIDTH}
        minHeight={MIN_HEIGHT}
        onResizeStart={resize.onResizeStart}
        onResize={resize.onResize}
        onResizeEnd={resize.onResizeEnd}
      />
      <ShapeSvg kind={node.kind} outcome={node.outcome} width={width} height={height} fill={fill} stroke={stroke} />
      {editing ? (
        <InlineTextEditor
          className="sf-node__editor"
          style={textStyle}
          initial={node.label}
          label={t('label.editor')}
          onCommit={(value) => actions.commitNodeLabel(id, value)}
          onCancel={actions.stopEditing}
        />
      ) : (
        <NodeLabel text={node.label} box={textBox} style={textStyle} />
      )}
      {node.link ? (
        <a
          className="sf-node__link nodrag nopan"
          href={node.link}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('node.openLink')}
          title={node.link}
          onClick={(event) => event.stopPropagation()}
        >
          <ExternalLink size={12} aria-hidden="true" />
        </a>
      ) : null}
      {selected && !editing && node.kind !== 'note' ? <QuickAddArrows nodeId={id} /> : null}
      <VolumeBadge volume={figures.volume} estimated={figures.estimated} scenario={figures.scenario} />
      <LeakBadge share={figures.leakShare} volume={figures.leakVolume} />
      <TooFewMark nodeId={id} kind={node.kind} />
      <BottleneckOutline mark={figures.mark} />
      <Handles />
    </div>
  );
}

export const FlowNodeView = memo(FlowNodeViewComponent);
