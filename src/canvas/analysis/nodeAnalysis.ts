// What each node and edge shows of the analysis. Each node or edge holds one subscription that
// picks its own figures out of the shared analysis (analysisOf computes once per edit), so an
// edit re-renders only the nodes and edges whose figures changed. The figures are those of the
// scenario shown, if any (store/scenarioView.ts).

import { useShallow } from 'zustand/react/shallow';
import { analysisOf } from '../../model/analytics/analysisCache';
import { scenarioValue, type ScenarioTarget } from '../../model/scenarios/values';
import type { EditorState } from '../../store/editorStore';
import { useEditor } from '../../store/EditorStoreProvider';
import { shownDocument, shownScenarioOf } from '../../store/scenarioView';
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
}

export function useNodeFigures(nodeId: string): NodeFigures {
  const heat = useHeatView();
  return useEditor(
    useShallow((state): NodeFigures => {
      const { funnel, bottlenecks } = analysisOf(shownDocument(state));
      const most = bottlenecks.mostLost?.nodeId === nodeId;
      const lowest = bottlenecks.lowestConversion?.nodeId === nodeId;
      return {
        volume: funnel.entered > 0 ? funnel.volume.get(nodeId) : undefined,
        lossRate: heat ? bottlenecks.losses.get(nodeId)?.lossRate : undefined,
        mark: most && lowest ? 'both' : most ? 'most-lost' : lowest ? 'lowest-conversion' : null,
        scenario: scenarioNameFor(state, { kind: 'startVolume', id: nodeId }),
      };
    }),
  );
}

/** The share of what leaves its source that takes the edge; nothing for edges touching a note. */
export function useEdgeShare(edgeId: string): number | undefined {
  return useEditor((state) => analysisOf(shownDocument(state)).funnel.share.get(edgeId));
}

/** The name of the scenario shown, when the edge's rate is its own value: the chip is marked. */
export function useScenarioRate(edgeId: string): string | undefined {
  return useEditor((state) => scenarioNameFor(state, { kind: 'edgeRate', id: edgeId }));
}

function scenarioNameFor(state: EditorState, target: ScenarioTarget): string | undefined {
  const scenario = shownScenarioOf(state);
  return scenario !== undefined && scenarioValue(scenario, target) !== undefined ? scenario.name : undefined;
}
