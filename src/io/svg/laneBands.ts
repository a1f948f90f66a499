// Swimlanes as the SVG draws them: the bands of src/model/laneBands (the canvas draws the same),
// each with its header strip before the nodes and its label.

import { LANE_HEADER, laneBands as modelLaneBands } from '../../model/laneBands';
import type { SalesDocument } from '../../model/types';
import { addRect, type Extent, type Rect } from '../../geometry/rect';

export { LANE_HEADER, LANE_PADDING } from '../../model/laneBands';

/** A lane band of src/model/laneBands as the SVG draws it: with its header strip and label. */
export interface DrawnLaneBand {
  /** `null` for the band of nodes that have no (or an unknown) lane. */
  laneId: string | null;
  label: string;
  color?: string;
  /** The whole band, header included. */
  band: Rect;
  header: Rect;
  /** Position in the stack, for alternating fills. */
  index: number;
}

export function laneBands(doc: Pick<SalesDocument, 'lanes' | 'nodes' | 'settings'>, unassignedLabel = ''): DrawnLaneBand[] {
  const lanes = new Map(doc.lanes.map((lane) => [lane.id, lane]));
  const direction = doc.settings.direction;
  return modelLaneBands(doc).map((band, index) => {
    const lane = band.laneId === null ? undefined : lanes.get(band.laneId);
    const { rect } = band;
    const header: Rect =
      direction === 'LR'
        ? { x: rect.x, y: rect.y, width: LANE_HEADER, height: rect.height }
        : { x: rect.x, y: rect.y, width: rect.width, height: LANE_HEADER };
    const result: DrawnLaneBand = { laneId: band.laneId, label: lane?.label ?? unassignedLabel, band: { ...rect }, header, index };
    if (lane?.color !== undefined) result.color = lane.color;
    return result;
  });
}

/** Extent of all bands together. */
export function bandsExtent(bands: readonly DrawnLaneBand[], start: Extent | null): Extent | null {
  let extent = start;
  for (const b of bands) extent = addRect(extent, b.band);
  return extent;
}
