// Edge labels drawn inside the edge's own SVG. React Flow's EdgeLabelRenderer portals each label
// into a container it looks up with querySelector on every store update, which cost about 15% of
// the main thread while panning a 1,000-node diagram (bench/README.md).

import { EDGE_LABEL_FONT_SIZE, edgeLabelSize } from '../../model/edgeLabel';

const LINE_HEIGHT = EDGE_LABEL_FONT_SIZE * 1.25;

interface EdgeLabelProps {
  text: string;
  x: number;
  y: number;
  selected: boolean;
  onDoubleClick: () => void;
}

export function EdgeLabel({ text, x, y, selected, onDoubleClick }: EdgeLabelProps) {
  const lines = text.split('\n');
  const { width, height } = edgeLabelSize(text);
  return (
    <g className={`sf-edge-label${selected ? ' sf-edge-label--selected' : ''}`} onDoubleClick={onDoubleClick}>
      <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={4} />
      <text x={x} y={y - ((lines.length - 1) * LINE_HEIGHT) / 2} textAnchor="middle" dominantBaseline="central">
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
