// Each of our node kinds as the closest PowerPoint preset shape, so that the slide holds real,
// editable shapes (src/model/shapes.ts draws the same symbols on the canvas and in the SVG).

import type { FlowNode, HandleSide, NodeKind } from '../../model/types';

export interface PresetShape {
  prst: string;
  /** Adjust values (`a:gd`), in the preset's own units. */
  adjust: { name: string; value: number }[];
}

// Corner radii and cap heights as in src/model/shapes.ts; presets measure them in 1/100,000 of the
// shorter side (`ss`), half of it for the cylinder's cap.
const STAGE_RADIUS = 8;

function shorterSide(node: FlowNode): number {
  return Math.max(1, Math.min(node.size.width, node.size.height));
}

function ratio(length: number, node: FlowNode): number {
  return Math.round((length / shorterSide(node)) * 100_000);
}

const FIXED: Readonly<Record<Exclude<NodeKind, 'stage' | 'data' | 'note'>, string>> = {
  start: 'flowChartTerminator',
  end: 'flowChartTerminator',
  decision: 'flowChartDecision',
  document: 'flowChartDocument',
  delay: 'flowChartDelay',
  subprocess: 'flowChartPredefinedProcess',
};

export function presetShape(node: FlowNode): PresetShape {
  switch (node.kind) {
    case 'stage':
      return { prst: 'roundRect', adjust: [{ name: 'adj', value: Math.min(50_000, ratio(STAGE_RADIUS, node)) }] };
    case 'data': {
      const cap = Math.min(Math.max(node.size.height * 0.12, 3), 12, node.size.height / 4);
      return { prst: 'can', adjust: [{ name: 'adj', value: Math.min(50_000, 2 * ratio(cap, node)) }] };
    }
    case 'note': {
      // The note's folded corner is its top right one, which is where `snip1Rect` cuts.
      const fold = Math.min(Math.max(shorterSide(node) * 0.22, 6), 16, node.size.width / 2, node.size.height / 2);
      return { prst: 'snip1Rect', adjust: [{ name: 'adj', value: Math.min(50_000, ratio(fold, node)) }] };
    }
    default:
      return { prst: FIXED[node.kind], adjust: [] };
  }
}

/**
 * Connection sites (`a:cxn`, counted from 0) of every preset above: the middle of the top, left,
 * bottom and right sides, in that order (ECMA-376 presetShapeDefinitions.xml), which is where our
 * routes meet a node (src/model/shapes.ts, `anchorPoint`).
 */
const SITE: Readonly<Record<HandleSide, number>> = { top: 0, left: 1, bottom: 2, right: 3 };

export function connectionSite(side: HandleSide): number {
  return SITE[side];
}
