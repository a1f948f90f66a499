// What each node and edge shows of the analysis. Each node or edge holds one subscription that
// picks its own figures out of the shared analysis (viewedAnalysisOf: computed once per edit), so an
// edit re-renders only the nodes and edges whose figures changed. The figures are those of the
// scenario shown, if any (store/scenarioView.ts).

import { useShallow } from 'zustand/react/shallow';
import type { Analysis } from '../../model/analytics/analyse';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import type { Scenario } from '../../model/types';
import { scenarioValue, type ScenarioTarget } from '../../model/scenarios/values';
import type { EditorState } from '../../store/editorStore';
import { useEditor } from '../../store/EditorStoreProvider';
import { shownActualsOf, shownDocument, shownScenarioOf } from '../../store/scenarioView';
import type { Share } from '../../model/actuals/wilson';
import { MIN_TRUSTED_ENTRIES } from '../../model/actuals/actualsView';
import { useHeatView } from './HeatView';

export type BottleneckMark = 'most-lost' | 'lowest-conversion' | 'both';

export interface NodeFigures {
  /** Expected volume per period; absent while no lead enters, when every figure would be 0. */
  volume: number | undefined;
  /** The stage's loss rate, while the heat view is on. */
  lossRate: number | undefined;
  mark: BottleneckMark | null;
  /** The name of the scenario shown, when the leads entering here are its own value. */
  scenario: string | undefined;
  /** The volume comes through a split whose rates add up above 100%: an estimate. */
  estimated: boolean;
  /** The share that leaves by no edge, and its volume per period, when there is some. */
  leakShare: number | undefined;
  leakVolume: number | undefined;
}

function figuresOf(state: EditorState, analysis: Analysis, nodeId: string, heat: boolean): NodeFigures {
  const { funnel, bottlenecks, rateConflicts, leaks } = analysis;
  const most = bottlenecks.mostLost?.nodeId === nodeId;
  const lowest = bottlenecks.lowestConversion?.nodeId === nodeId;
  const leak = leaks.get(nodeId);
  return {
    volume: funnel.entered > 0 ? funnel.volume.get(nodeId) : undefined,
    lossRate: heat ? bottlenecks.losses.get(nodeId)?.lossRate : undefined,
    mark: most && lowest ? 'both' : most ? 'most-lost' : lowest ? 'lowest-conversion' : null,
    scenario: scenarioNameFor(state, { kind: 'startVolume', id: nodeId }),
    estimated: rateConflicts.estimated.has(nodeId),
    leakShare: leak?.share,
    leakVolume: leak !== undefined && funnel.entered > 0 ? leak.volume : undefined,
  };
}

// Each node's figures, made once per analysis, heat view and scenario shown: a drag changes the
// document on every frame but no figure, and 1,000 nodes each building and comparing an object
// per frame cost more than the drag itself (the drag benchmark at fit, bench/README.md).
const figuresByAnalysis = new WeakMap<Analysis, { heat: boolean; scenario: Scenario | undefined; byNode: Map<string, NodeFigures> }>();

export function useNodeFigures(nodeId: string): NodeFigures {
  const heat = useHeatView();
  return useEditor((state): NodeFigures => {
    const analysis = viewedAnalysisOf(shownDocument(state));
    const scenario = shownScenarioOf(state);
    let entry = figuresByAnalysis.get(analysis);
    if (entry === undefined || entry.heat !== heat || entry.scenario !== scenario) {
      entry = { heat, scenario, byNode: new Map() };
      figuresByAnalysis.set(analysis, entry);
    }
    let figures = entry.byNode.get(nodeId);
    if (figures === undefined) {
      figures = figuresOf(state, analysis, nodeId, heat);
      entry.byNode.set(nodeId, figures);
    }
    return figures;
  });
}

/** The name of the scenario shown, when the edge's rate is its own value: the chip is marked. */
export function useScenarioRate(edgeId: string): string | undefined {
  return useEditor((state) => scenarioNameFor(state, { kind: 'edgeRate', id: edgeId }));
}

function scenarioNameFor(state: EditorState, target: ScenarioTarget): string | undefined {
  const scenario = shownScenarioOf(state);
  return scenario !== undefined && scenarioValue(scenario, target) !== undefined ? scenario.name : undefined;
}

export interface EdgeRateFigures {
  /** The share of what leaves its source that takes the edge, as the figures count it. */
  share: number | undefined;
  /** The rate typed on the edge. */
  typed: number | undefined;
  /** The sum of the rates typed on its source's edges, when above 100%: a conflict. */
  conflictTotal: number | undefined;
}

/** Nothing for edges touching a note (no share). */
export function useEdgeRateFigures(edgeId: string): EdgeRateFigures {
  return useEditor(
    useShallow((state): EdgeRateFigures => {
      const shown = shownDocument(state);
      const { funnel, rateConflicts } = viewedAnalysisOf(shown);
      const share = funnel.share.get(edgeId);
      if (share === undefined || !rateConflicts.edges.has(edgeId)) return { share, typed: undefined, conflictTotal: undefined };
      const edge = shown.edges.find((candidate) => candidate.id === edgeId);
      return { share, typed: edge?.conversionRate, conflictTotal: edge === undefined ? undefined : rateConflicts.nodes.get(edge.source) };
    }),
  );
}

export interface ActualRateFigures {
  /** The measured strict share: moves on the edge among moves out of its source, with its interval. */
  actual: Share;
  /** The share the process's own rates give the edge. */
  model: number | undefined;
}

/** While Actuals is shown, the edge's measured share beside the model's; undefined otherwise. */
export function useActualRate(edgeId: string): ActualRateFigures | undefined {
  return useEditor(
    useShallow((state): ActualRateFigures | undefined => {
      const actual = shownActualsOf(state)?.summary.edges.get(edgeId)?.strict;
      if (actual === undefined || actual.rate === null) return undefined;
      return { actual, model: viewedAnalysisOf(state.document, 'process').funnel.share.get(edgeId) };
    }),
  );
}

/** While Actuals is shown, how many deals entered the step in the period when that is too few to trust. */
export function useTooFewDeals(nodeId: string, kind: string): number | undefined {
  return useEditor((state) => {
    if (kind === 'start' || kind === 'end') return undefined;
    const entered = shownActualsOf(state)?.summary.stages.get(nodeId)?.entered;
    return entered !== undefined && entered < MIN_TRUSTED_ENTRIES ? entered : undefined;
  });
}
