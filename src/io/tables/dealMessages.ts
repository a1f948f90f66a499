// What the page and the deal import's worker (dealWorker.ts) say to each other. The table stays
// in the worker; only what the dialog shows and the aggregates it keeps cross over.

import type { Result } from '../../lib/result';
import type { DealDataInput } from '../../model/actuals/dealDataOf';
import type { DayOrder, DayOrderInference } from '../../model/actuals/dates';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { ShapeError, TableReading } from '../../model/actuals/shape';
import type { DealReadSummary } from '../../model/actuals/tableReading';
import type { DealData } from '../../model/types';
import type { ReadPhase } from './readTable';

/** The table as the file step shows it: its headers, its size and the first guess of its reading. */
export interface TableOverview {
  headers: string[];
  rows: number;
  reading: TableReading;
  shapeError: ShapeError | null;
}

/** The table read under one reading and day order (`inspectReading`), summarized. */
export interface InspectionSummary {
  inference: DayOrderInference;
  dayOrder: DayOrder | null;
  /** Null while the reading lacks a column its shape needs. */
  read: DealReadSummary | null;
}

/** A measurement of the deals of the latest inspection: everything `dealDataOf` needs but them. */
export type MeasureRequest = Omit<DealDataInput, 'read'>;

export type ToDealWorker =
  /** The file's bytes, transferred (not copied); sent once, first. */
  | { type: 'read'; buffer: ArrayBuffer }
  | { type: 'inspect'; id: number; reading: TableReading; chosenOrder: DayOrder | null }
  /** `inspection`: the id of the inspection whose deals are measured. */
  | { type: 'measure'; id: number; inspection: number; request: MeasureRequest };

export type FromDealWorker =
  | { type: 'progress'; phase: ReadPhase; done: number }
  | { type: 'read'; result: Result<TableOverview, TableReadError> }
  | { type: 'inspected'; id: number; inspection: InspectionSummary }
  | { type: 'measured'; id: number; dealData: DealData }
  /** The request threw, or asked to measure deals the worker no longer holds. */
  | { type: 'failed'; id: number };
