import { memo } from 'react';
import { nodeShape, type OutcomeMark } from '../../model/outcomeLook';
import { SHADE_OPACITY, type ShapeGeometry } from '../../model/shapes';
import type { NodeKind, Outcome } from '../../model/types';

interface ShapeSvgProps {
  kind: NodeKind;
  outcome: Outcome | undefined;
  width: number;
  height: number;
  fill: string;
  stroke: string;
}

function Outline({ geometry, fill, stroke }: { geometry: ShapeGeometry; fill: string; stroke: string }) {
  const { outline } = geometry;
  if (outline.type === 'rect') {
    return (
      <rect
        x={outline.x}
        y={outline.y}
        width={outline.width}
        height={outline.height}
        rx={outline.rx}
        fill={fill}
        stroke={stroke}
        strokeWidth={1.5}
        vectorEffect="non-scaling-stroke"
      />
    );
  }
  return <path d={outline.d} fill={fill} stroke={stroke} strokeWidth={1.5} strokeLinejoin="round" />;
}

/** A won or lost end's tick or cross, as the SVG exporter draws it. */
export function OutcomeMarkSvg({ mark, fill, stroke }: { mark: OutcomeMark; fill: string; stroke: string }) {
  return (
    <g className={`sf-outcome-mark sf-outcome-mark--${mark.outcome}`}>
      <circle cx={mark.cx} cy={mark.cy} r={mark.r} fill={stroke} />
      <path d={mark.glyph} fill="none" stroke={fill} strokeWidth={Math.max(1, mark.r * 0.28)} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
}

/** The flowchart symbol, from the same geometry the SVG exporter draws. */
function ShapeSvgComponent({ kind, outcome, width, height, fill, stroke }: ShapeSvgProps) {
  const geometry = nodeShape(kind, width, height, outcome);
  return (
    <svg className="sf-node__shape" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      <Outline geometry={geometry} fill={fill} stroke={stroke} />
      {geometry.decorations.map((decoration, index) =>
        decoration.paint === 'line' ? (
          <path key={index} d={decoration.d} fill="none" stroke={stroke} strokeWidth={1.5} />
        ) : (
          <path key={index} d={decoration.d} fill={stroke} fillOpacity={SHADE_OPACITY} stroke={stroke} strokeWidth={1} />
        ),
      )}
      {geometry.mark && <OutcomeMarkSvg mark={geometry.mark} fill={fill} stroke={stroke} />}
    </svg>
  );
}

export const ShapeSvg = memo(ShapeSvgComponent);
