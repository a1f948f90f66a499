// The slide shape of auto layout (issue 17's compact mode): on the lane-free graphs of the generated
// corpus, a long flow wrapped into rows (columns top to bottom) so that the drawing, nodes, routes
// and labels, comes within 2× of 16:9 either way; with lanes the option changes nothing.

import { beforeAll, describe, expect, it } from 'vitest';
import type { SalesDocument } from '../model/types';
import { createElkNodeEngine } from './elkNodeEngine';
import { LANE_CORPUS, laneCorpusDocument, type LaneCorpusEntry } from './fixtures/laneCorpus';
import { SLIDE_ASPECT } from './options';
import { layoutDocument } from './runLayout';
import { figureMarks } from './testing/figureMarks';
import { layoutViolations } from './testing/invariants';

/** Width over height of everything drawn but the lanes. */
function aspect(doc: SalesDocument): number {
  const { nodes, labels, routes } = figureMarks(doc, 'en');
  const boxes = [...nodes, ...labels, ...routes.flatMap((route) => route.points.map((point) => ({ ...point, width: 0, height: 0 })))];
  const width = Math.max(...boxes.map((box) => box.x + box.width)) - Math.min(...boxes.map((box) => box.x));
  const height = Math.max(...boxes.map((box) => box.y + box.height)) - Math.min(...boxes.map((box) => box.y));
  return width / height;
}

async function laidOut(entry: LaneCorpusEntry, slide: boolean): Promise<SalesDocument> {
  const result = await layoutDocument(laneCorpusDocument(entry), { direction: entry.direction, spacing: 'normal', slide }, createElkNodeEngine());
  if (!result.ok) throw new Error(`${entry.name}: ${result.error.code}`);
  return result.value;
}

const rows: { name: string; plain: number; slide: number; problems: string[] }[] = [];

beforeAll(async () => {
  for (const entry of LANE_CORPUS.filter((candidate) => candidate.lanes === 0)) {
    const slide = await laidOut(entry, true);
    rows.push({ name: entry.name, plain: aspect(await laidOut(entry, false)), slide: aspect(slide), problems: layoutViolations(slide) });
  }
}, 300_000);

describe('auto layout shaped for a slide', () => {
  it('brings every lane-free graph within 2× of 16:9, which the ordinary layout does not', () => {
    console.info(`aspect plain → slide: ${rows.map((row) => `${row.name} ${row.plain.toFixed(2)} → ${row.slide.toFixed(2)}`).join(', ')}`);
    const outside = (value: number): boolean => value < SLIDE_ASPECT / 2 || value > SLIDE_ASPECT * 2;
    expect(rows.filter((row) => outside(row.slide)).map((row) => `${row.name} ${row.slide}`)).toEqual([]);
    // Long chains run far past a slide's shape when not wrapped: the option is what brings them in.
    expect(rows.filter((row) => outside(row.plain)).length).toBeGreaterThanOrEqual(rows.length - 2);
  });

  it('keeps nodes apart and edges clear of nodes', () => {
    expect(rows.filter((row) => row.problems.length > 0)).toEqual([]);
  });

  it('changes nothing with lanes, whose bands run the whole length of the flow', async () => {
    const entry = LANE_CORPUS.find((candidate) => candidate.lanes > 0) as LaneCorpusEntry;
    expect(await laidOut(entry, true)).toEqual(await laidOut(entry, false));
  });
});
