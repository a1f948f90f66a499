// Swimlanes as the SVG draws them: the bands of src/model/laneBands (the canvas draws the same),
// each with its header strip before the nodes and its label.

import { laneBands as modelLaneBands, laneHeader, type LaneBand } from '../../model/laneBands';
import type { SalesDocument } from '../../model/types';
import { addRect, type Extent, type Rect } from '../../geometry/rect';

/** A lane band of src/model/laneBands (`rect`, header included) with its header strip and label. */
export interface DrawnLaneBand extends LaneBand {
  label: string;
  color?: string;
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
    const header = laneHeader(rect, direction);
    const result: DrawnLaneBand = { laneId: band.laneId, rect: { ...rect }, label: lane?.label ?? unassignedLabel, header, index };
    if (lane?.color !== undefined) result.color = lane.color;
    return result;
  });
}

/** Extent of all bands together. */
export function bandsExtent(bands: readonly DrawnLaneBand[], start: Extent | null): Extent | null {
  let extent = start;
  for (const b of bands) extent = addRect(extent, b.rect);
  return extent;
}
