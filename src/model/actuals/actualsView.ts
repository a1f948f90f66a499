// What the Actuals scenario shows, from the weekly aggregates a document keeps: a period chosen
// by the date filter, its figures (summarize.ts), and those figures as the values a scenario
// holds (strict rates, leads per period at each start, median days in stage), so the funnel,
// the bottleneck and `Apply actuals to the process` work on them as on any scenario.

import type { DealData, Period, SalesDocument, ScenarioOverrides } from '../types';
import { MS_PER_DAY, weekKey } from './days';
import { summarizeAggregates, type PeriodSummary, type WeekRange } from './summarize';

export const ACTUALS_RANGES = ['last30', 'last90', 'all'] as const;
export type ActualsRange = (typeof ACTUALS_RANGES)[number];

/** Below this many entries in the period a stage's figures are marked as too few to trust. */
export const MIN_TRUSTED_ENTRIES = 30;

const RANGE_DAYS: Record<Exclude<ActualsRange, 'all'>, number> = { last30: 30, last90: 90 };
const WEEKS_PER_PERIOD: Record<Period, number> = { month: 52 / 12, quarter: 13, year: 52 };
// Rates are stored as fractions of typed percentages (operations/rates.ts): four decimals.
const RATE_DECIMALS = 1e4;

function dayOfWeekKey(week: string): number {
  return Date.parse(`${week}T00:00:00Z`) / MS_PER_DAY;
}

/** The weeks of the data, oldest and newest, or null when it holds none. */
function weekSpan(aggregates: DealData['aggregates']): { first: string; last: string } | null {
  let first: string | undefined;
  let last: string | undefined;
  for (const { week } of aggregates.stages) {
    if (first === undefined || week < first) first = week;
    if (last === undefined || week > last) last = week;
  }
  return first === undefined || last === undefined ? null : { first, last };
}

/**
 * The weeks a filter covers. "Last 30 days" counts back from the end of the newest week in the
 * data, not from today: a file exported last quarter still shows its own last 30 days.
 */
export function actualsWeeks(aggregates: DealData['aggregates'], range: ActualsRange): WeekRange & { weeks: number } {
  const span = weekSpan(aggregates);
  if (span === null) return { weeks: 0 };
  const lastDay = dayOfWeekKey(span.last);
  const from = range === 'all' ? span.first : weekKey(lastDay + 7 - RANGE_DAYS[range]);
  const start = Math.max(dayOfWeekKey(from), dayOfWeekKey(span.first));
  return { from, to: span.last, weeks: Math.round((lastDay - start) / 7) + 1 };
}

export interface ActualsFigures {
  summary: PeriodSummary;
  /** Strict rates, leads per period at the starts and median days, as a scenario holds them. */
  overrides: ScenarioOverrides;
}

/** The figures of the period, on the document's nodes and edges; null without deal data. */
export function actualsFigures(doc: SalesDocument, range: ActualsRange): ActualsFigures | null {
  const data = doc.dealData;
  if (data === undefined) return null;
  const { from, to, weeks } = actualsWeeks(data.aggregates, range);
  const summary = summarizeAggregates(data.aggregates, doc, { from, to });
  const edgeIds = new Set(doc.edges.map((edge) => edge.id));
  const edgeRates = [...summary.edges.values()].flatMap(({ edgeId, strict }) =>
    strict.rate === null || !edgeIds.has(edgeId) ? [] : [{ edgeId, rate: Math.round(strict.rate * RATE_DECIMALS) / RATE_DECIMALS }],
  );
  const perPeriod = weeks === 0 ? 0 : WEEKS_PER_PERIOD[doc.settings.period] / weeks;
  const startVolumes = doc.nodes.flatMap((node) => {
    const stage = summary.stages.get(node.id);
    return node.kind === 'start' && stage !== undefined ? [{ nodeId: node.id, volume: Math.round(stage.entered * perPeriod) }] : [];
  });
  const durations = doc.nodes.flatMap((node) => {
    const days = summary.stages.get(node.id)?.medianDays;
    return node.kind !== 'start' && node.kind !== 'end' && days !== null && days !== undefined ? [{ nodeId: node.id, days }] : [];
  });
  return { summary, overrides: { edgeRates, startVolumes, durations } };
}
