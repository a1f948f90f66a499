// Every figure of the sales analytics from one document, sharing one flow graph between them.

import type { SalesDocument } from '../types';
import { computeBottlenecks, type Bottlenecks } from './bottleneck';
import { computeCycleTime, type CycleTime } from './cycleTime';
import { durationCoverage, type DurationCoverage } from './durationCoverage';
import { buildFlowGraph } from './flowGraph';
import { computeFunnel, type Funnel } from './funnel';
import { findLeaks, type Leak } from './leaks';
import { mainPath } from './mainPath';
import { checkProcess, type ProcessProblem } from './processChecks';
import { findRateConflicts, type RateConflicts } from './rateConflicts';
import { winChances } from './winChance';

export interface Analysis {
  funnel: Funnel;
  cycleTime: CycleTime;
  bottlenecks: Bottlenecks;
  /** Node ids of the path the funnel chart shows. */
  mainPath: readonly string[];
  problems: readonly ProcessProblem[];
  rateConflicts: RateConflicts;
  leaks: ReadonlyMap<string, Leak>;
  durations: DurationCoverage;
}

export function analyse(doc: SalesDocument): Analysis {
  const graph = buildFlowGraph(doc);
  const funnel = computeFunnel(doc, graph);
  const chances = winChances(graph);
  return {
    funnel,
    cycleTime: computeCycleTime(doc, graph, chances),
    bottlenecks: computeBottlenecks(doc, graph, funnel),
    mainPath: mainPath(graph, funnel, chances),
    problems: checkProcess(doc, graph, funnel),
    rateConflicts: findRateConflicts(graph),
    leaks: findLeaks(graph, funnel),
    durations: durationCoverage(graph, chances),
  };
}
