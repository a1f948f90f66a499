// Edge labels drawn inside the edge's own SVG. React Flow's EdgeLabelRenderer portals each label
// into a container it looks up with querySelector on every store update, which cost about 15% of
// the main thread while panning a 1,000-node diagram (bench/README.md).
// The lines, the box and the baselines are the SVG export's (src/geometry/labelBox.ts), so a label
// wraps on screen exactly where it wraps in an exported file. The text stays the whole label: the
// spaces and breaks between lines sit in undrawn spans.

import { Fragment, useMemo } from 'react';
import { EDGE_LABEL, edgeLabelBox, lineBaselines } from '../../geometry/labelBox';
import { lineSources } from '../../geometry/text';

interface EdgeLabelProps {
  text: string;
  x: number;
  y: number;
  selected: boolean;
  /** Set when the placer found no free spot along the route: says why the label covers something. */
  crowded?: string | undefined;
  onDoubleClick: () => void;
}

export function EdgeLabel({ text, x, y, selected, crowded, onDoubleClick }: EdgeLabelProps) {
  // Wrapping costs tens of microseconds a label; an edge re-renders on every frame an end is dragged.
  const { lines, truncated, width, height } = useMemo(() => edgeLabelBox(text), [text]);
  const sources = useMemo(() => lineSources(text, { lines, truncated }), [text, lines, truncated]);
  const baselines = lineBaselines(lines.length, y, EDGE_LABEL);
  const end = sources[sources.length - 1]?.end ?? 0;
  return (
    <g
      className={`sf-edge-label${selected ? ' sf-edge-label--selected' : ''}${crowded === undefined ? '' : ' sf-edge-label--crowded'}`}
      onDoubleClick={onDoubleClick}
    >
      {crowded === undefined ? null : <title>{crowded}</title>}
      <rect x={x - width / 2} y={y - height / 2} width={width} height={height} rx={EDGE_LABEL.radius} />
      <text textAnchor="middle" fontSize={EDGE_LABEL.fontSize}>
        {sources.map((source, index) => {
          const before = text.slice(sources[index - 1]?.end ?? 0, source.start);
          return (
            <Fragment key={index}>
              {before === '' ? null : <tspan display="none">{before}</tspan>}
              <tspan x={x} y={baselines[index]}>
                {text.slice(source.start, source.end)}
                {truncated && index === sources.length - 1 ? '…' : null}
              </tspan>
            </Fragment>
          );
        })}
        {end < text.length ? <tspan display="none">{text.slice(end)}</tspan> : null}
      </text>
    </g>
  );
}
