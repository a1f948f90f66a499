// Edge labels drawn inside the edge's own SVG. React Flow's EdgeLabelRenderer portals each label
// into a container it looks up with querySelector on every store update, which cost about 15% of
// the main thread while panning a 1,000-node diagram (bench/README.md).

const FONT_SIZE = 12;
const PADDING_X = 6;
const HEIGHT = 20;

/** Approximate width without measuring: CJK characters are square, Latin about 0.58 em. */
export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/u.test(character) ? fontSize : fontSize * 0.58;
  return width;
}

interface EdgeLabelProps {
  text: string;
  x: number;
  y: number;
  selected: boolean;
  onDoubleClick: () => void;
}

export function EdgeLabel({ text, x, y, selected, onDoubleClick }: EdgeLabelProps) {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => estimateTextWidth(line))) + 2 * PADDING_X;
  const height = HEIGHT + (lines.length - 1) * FONT_SIZE * 1.25;
  return (
    <g className={`sf-edge-label${selected ? ' sf-edge-label--selected' : ''}`} onDoubleClick={onDoubleClick}>
      <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={4} />
      <text x={x} y={y - ((lines.length - 1) * FONT_SIZE * 1.25) / 2} textAnchor="middle" dominantBaseline="central">
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 0 : FONT_SIZE * 1.25}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
