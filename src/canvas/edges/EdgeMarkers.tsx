// The arrowheads of the canvas's edges: the exports' marker (src/geometry/edgeLine.ts), in canvas
// units so that a selected, thicker line keeps the head its trimmed line was made for.

import { ARROW_NOTCH, ARROW_PATH, ARROW_SIZE } from '../../geometry/edgeLine';

export const ARROW_MARKER_ID = 'sf-arrow';
export const SELECTED_ARROW_MARKER_ID = 'sf-arrow-selected';

function Arrow({ id, className }: { id: string; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={ARROW_NOTCH}
      refY={5}
      markerWidth={ARROW_SIZE}
      markerHeight={ARROW_SIZE}
      markerUnits="userSpaceOnUse"
      orient="auto"
    >
      <path className={className} d={ARROW_PATH} strokeWidth={0.5} strokeLinejoin="round" />
    </marker>
  );
}

export function EdgeMarkers() {
  return (
    <svg className="sf-edge-markers" aria-hidden="true" width={0} height={0}>
      <defs>
        <Arrow id={ARROW_MARKER_ID} className="sf-arrow" />
        <Arrow id={SELECTED_ARROW_MARKER_ID} className="sf-arrow sf-arrow--selected" />
      </defs>
    </svg>
  );
}
