import { nodeAppearance, nodeShape } from '../model/outcomeLook';
import { SHADE_OPACITY, type Theme } from '../model/shapes';
import type { NodeKind, Outcome } from '../model/types';

const ICON_WIDTH = 36;
const ICON_HEIGHT = 24;

interface ShapeIconProps {
  kind: NodeKind;
  /** A won or lost end shows its colours and mark, as on the canvas. */
  outcome?: Outcome | undefined;
  theme: Theme;
}

/** A palette-sized drawing of a kind's flowchart symbol, from the canvas's own geometry. */
export function ShapeIcon({ kind, outcome, theme }: ShapeIconProps) {
  const geometry = nodeShape(kind, ICON_WIDTH - 2, ICON_HEIGHT - 2, outcome);
  const { fill, stroke } = nodeAppearance({ kind, outcome }, theme);
  const { mark } = geometry;
  const outline = geometry.outline;
  return (
    <svg width={ICON_WIDTH} height={ICON_HEIGHT} viewBox={`-1 -1 ${ICON_WIDTH} ${ICON_HEIGHT}`} aria-hidden="true">
      {outline.type === 'rect' ? (
        <rect x={outline.x} y={outline.y} width={outline.width} height={outline.height} rx={outline.rx} fill={fill} stroke={stroke} />
      ) : (
        <path d={outline.d} fill={fill} stroke={stroke} />
      )}
      {geometry.decorations.map((decoration, index) => (
        <path
          key={index}
          d={decoration.d}
          fill={decoration.paint === 'shade' ? stroke : 'none'}
          fillOpacity={decoration.paint === 'shade' ? SHADE_OPACITY : undefined}
          stroke={stroke}
        />
      ))}
      {/* An icon has no label to make room for: the mark sits in the middle, twice its size. */}
      {mark && (
        <g transform={`translate(${(ICON_WIDTH - 2) / 2} ${mark.cy}) scale(2) translate(${-mark.cx} ${-mark.cy})`}>
          <circle cx={mark.cx} cy={mark.cy} r={mark.r} fill={stroke} />
          <path d={mark.glyph} fill="none" stroke={fill} strokeWidth={0.9} strokeLinecap="round" strokeLinejoin="round" />
        </g>
      )}
    </svg>
  );
}

export function LaneIcon() {
  return (
    <svg width={ICON_WIDTH} height={ICON_HEIGHT} viewBox={`0 0 ${ICON_WIDTH} ${ICON_HEIGHT}`} aria-hidden="true">
      <rect x={1} y={1} width={ICON_WIDTH - 2} height={ICON_HEIGHT - 2} fill="none" stroke="currentColor" />
      <line x1={9} y1={1} x2={9} y2={ICON_HEIGHT - 1} stroke="currentColor" />
      <line x1={1} y1={ICON_HEIGHT / 2} x2={ICON_WIDTH - 1} y2={ICON_HEIGHT / 2} stroke="currentColor" strokeDasharray="3 2" />
    </svg>
  );
}
