// The schema of an import's aggregates, checked by one loop rather than by zod record by record:
// 100,000 deal rows give about 3,000 weekly records and 200,000 histogram counts, which zod (jitless
// under our CSP, zodConfig.ts) took 30–40 ms of the page's main thread to check when the import was
// kept, most of issue 19's 50 ms bound on a task. The rules are the schema's: ids, weeks, whole
// non-negative counts up to MAX_VOLUME, bucket bounds in days, at most 100 buckets and
// MAX_DEAL_DATA_ROWS records per list. A valid value is copied field by field, so that, as with
// zod's objects, unknown fields are dropped and the result shares nothing with the input.
import type { InvalidReason } from './errors';
import { MAX_DEAL_DATA_ROWS, MAX_DURATION_DAYS, MAX_ID_LENGTH, MAX_VOLUME } from './limits';
import { ID_PATTERN, WEEK_PATTERN } from './patterns';
import type { DealData, DurationWeek, EdgeWeek, StageWeek } from './types';
import { z } from './zodConfig';

type Aggregates = DealData['aggregates'];
type Path = (string | number)[];

const MAX_BUCKETS = 100;

interface Problem {
  path: Path;
  reason: InvalidReason;
}

// The path is put together only on the way out of a refusal, so that a valid value (the usual
// case) allocates no path per count.
class Refusal extends Error {
  readonly path: Path = [];
  constructor(readonly reason: InvalidReason) {
    super(reason);
  }
}

function refuse(reason: InvalidReason): never {
  throw new Refusal(reason);
}

function at<T>(segment: string | number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof Refusal) error.path.unshift(segment);
    throw error;
  }
}

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(value === undefined ? 'required' : 'type');
  return value as Record<string, unknown>;
}

function list<T>(value: unknown, max: number, each: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) refuse(value === undefined ? 'required' : 'type');
  if (value.length > max) refuse('too-long');
  const items: T[] = new Array<T>(value.length);
  for (let index = 0; index < value.length; index += 1) {
    try {
      items[index] = each(value[index]);
    } catch (error) {
      if (error instanceof Refusal) error.path.unshift(index);
      throw error;
    }
  }
  return items;
}

function text(value: unknown, pattern: RegExp, maxLength: number): string {
  if (typeof value !== 'string') refuse(value === undefined ? 'required' : 'type');
  if (value.length === 0) refuse('required');
  if (value.length > maxLength) refuse('too-long');
  if (!pattern.test(value)) refuse('type');
  return value;
}

function number(value: unknown, max: number, whole: boolean): number {
  if (typeof value !== 'number') refuse(value === undefined ? 'required' : 'type');
  if (!Number.isFinite(value)) refuse('not-finite');
  if (whole && !Number.isInteger(value)) refuse('type');
  if (value < 0 || value > max) refuse('out-of-range');
  return value;
}

const count = (value: unknown): number => number(value, MAX_VOLUME, true);
const bucketBound = (value: unknown): number => number(value, MAX_DURATION_DAYS, false);
const id = (value: unknown): string => text(value, ID_PATTERN, MAX_ID_LENGTH);
const week = (value: unknown): string => text(value, WEEK_PATTERN, 10);

function stageWeek(value: unknown): StageWeek {
  const row = record(value);
  return {
    nodeId: at('nodeId', () => id(row['nodeId'])),
    week: at('week', () => week(row['week'])),
    entered: at('entered', () => count(row['entered'])),
    won: at('won', () => count(row['won'])),
    lost: at('lost', () => count(row['lost'])),
  };
}

function edgeWeek(value: unknown): EdgeWeek {
  const row = record(value);
  return { edgeId: at('edgeId', () => id(row['edgeId'])), week: at('week', () => week(row['week'])), count: at('count', () => count(row['count'])) };
}

function durationWeek(value: unknown): DurationWeek {
  const row = record(value);
  return {
    nodeId: at('nodeId', () => id(row['nodeId'])),
    week: at('week', () => week(row['week'])),
    bucketDays: at('bucketDays', () => list(row['bucketDays'], MAX_BUCKETS, bucketBound)),
    finished: at('finished', () => list(row['finished'], MAX_BUCKETS, count)),
    open: at('open', () => list(row['open'], MAX_BUCKETS, count)),
  };
}

/** The aggregates copied, or the first problem found in them. */
export function readAggregates(value: unknown): { ok: true; value: Aggregates } | { ok: false; problem: Problem } {
  try {
    const aggregates = record(value);
    return {
      ok: true,
      value: {
        stages: at('stages', () => list(aggregates['stages'], MAX_DEAL_DATA_ROWS, stageWeek)),
        edges: at('edges', () => list(aggregates['edges'], MAX_DEAL_DATA_ROWS, edgeWeek)),
        durations: at('durations', () => list(aggregates['durations'], MAX_DEAL_DATA_ROWS, durationWeek)),
      },
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: { path: error.path, reason: error.reason } };
    throw error;
  }
}

/** For the document schema: a problem becomes a custom issue at its path, with the reason the file door names. */
export const dealAggregatesSchema = z.unknown().transform((value, context): Aggregates => {
  const read = readAggregates(value);
  if (read.ok) return read.value;
  context.addIssue({ code: 'custom', path: read.problem.path, params: { reason: read.problem.reason }, input: value });
  return z.NEVER;
});
