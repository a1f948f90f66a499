import { memo } from 'react';
import { SHADE_OPACITY, shapeGeometry, type ShapeGeometry } from '../../model/shapes';
import type { NodeKind } from '../../model/types';

interface ShapeSvgProps {
  kind: NodeKind;
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

/** The flowchart symbol, from the same geometry the SVG exporter draws. */
function ShapeSvgComponent({ kind, width, height, fill, stroke }: ShapeSvgProps) {
  const geometry = shapeGeometry(kind, width, height);
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
    </svg>
  );
}

export const ShapeSvg = memo(ShapeSvgComponent);
