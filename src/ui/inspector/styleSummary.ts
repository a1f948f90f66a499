import type { FlowNode, NodeKind } from '../../model/types';
import type { ColourRole } from './palette';

/** Per colour: the value all the nodes share (undefined: all default), or null when they differ. */
export type StyleSummary = Record<ColourRole, string | undefined | null> & {
  /** The kind all the nodes share, or null. */
  kind: NodeKind | null;
};

export function summariseStyles(nodes: readonly FlowNode[], ids: ReadonlySet<string>): StyleSummary {
  let first = true;
  const summary: StyleSummary = { kind: null, fill: undefined, stroke: undefined, textColor: undefined };
  for (const node of nodes) {
    if (!ids.has(node.id)) continue;
    const style = node.style ?? {};
    if (first) {
      first = false;
      summary.kind = node.kind;
      summary.fill = style.fill;
      summary.stroke = style.stroke;
      summary.textColor = style.textColor;
      continue;
    }
    if (summary.kind !== node.kind) summary.kind = null;
    if (summary.fill !== style.fill) summary.fill = null;
    if (summary.stroke !== style.stroke) summary.stroke = null;
    if (summary.textColor !== style.textColor) summary.textColor = null;
  }
  return summary;
}
