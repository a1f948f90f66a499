import type { Edge, Node } from '@xyflow/react';
import { edgeSides } from '../model/edgeRoutes';
import type { FlowEdge, FlowNode, HandleSide } from '../model/types';
import { handlesOf } from './handles';

export interface FlowNodeData extends Record<string, unknown> {
  node: FlowNode;
  /** The label is being edited in place. */
  editing: boolean;
  /** Marked by Find. */
  highlighted: boolean;
}

/**
 * Attributes React Flow puts on a node's or an edge's wrapper. Its `aria-roledescription` is a
 * hard-coded English "node" or "edge" (not in ariaLabelConfig, @xyflow/react 12.12), and
 * `domAttributes` is spread after it: this is how the user's language replaces it.
 */
export interface WrapperAttributes {
  'aria-roledescription': string;
}

/**
 * What an edge's wrapper says of it: its role, and a name from its two ends' labels in the user's
 * language, where React Flow would say "Edge from <id> to <id>" in English.
 */
export interface EdgeWording {
  roleDescription: string;
  describe: (from: string, to: string) => string;
}

// A label may hold a playbook: a screen reader gets its first line, cut short.
const SPOKEN_LABEL_LENGTH = 80;

function spokenLabel(node: FlowNode | undefined): string {
  const firstLine = (node?.label ?? '').split('\n', 1)[0] ?? '';
  return firstLine.length > SPOKEN_LABEL_LENGTH ? `${firstLine.slice(0, SPOKEN_LABEL_LENGTH)}…` : firstLine;
}

/** Per-node view state, carried in the node's data so that no node subscribes to the store for it. */
export interface NodeFlags {
  selected: boolean;
  editing: boolean;
  highlighted: boolean;
  attributes: WrapperAttributes;
}

export interface FlowEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
  /** The label is being edited in place. */
  editing: boolean;
  /** The edge touches a note: dotted, without an arrowhead, outside the flow (as in exports). */
  annotation: boolean;
}

export type CanvasNode = Node<FlowNodeData>;
export type CanvasEdge = Edge<FlowEdgeData>;

// Documents are immutable, so an unchanged model node keeps its React Flow node: memoized node
// components then skip rendering, and a drag re-renders one node instead of all of them.
const nodeCache = new WeakMap<FlowNode, { flags: NodeFlags; flowNode: CanvasNode }>();
interface EdgeView {
  selected: boolean;
  editing: boolean;
  sourceHandle: HandleSide;
  targetHandle: HandleSide;
  wording: EdgeWording;
  sourceLabel: string;
  targetLabel: string;
  annotation: boolean;
}

const edgeCache = new WeakMap<FlowEdge, { view: EdgeView; flowEdge: CanvasEdge }>();

function sameFlags(a: NodeFlags, b: NodeFlags): boolean {
  return a.selected === b.selected && a.editing === b.editing && a.highlighted === b.highlighted && a.attributes === b.attributes;
}

export function toCanvasNode(node: FlowNode, flags: NodeFlags): CanvasNode {
  const cached = nodeCache.get(node);
  if (cached && sameFlags(cached.flags, flags)) return cached.flowNode;
  const flowNode: CanvasNode = {
    id: node.id,
    type: node.kind,
    position: node.position,
    width: node.size.width,
    height: node.size.height,
    // The size is known: without it React Flow takes a moved node for an unmeasured one, marks
    // the diagram uninitialised and measures it again, on every frame of a drag.
    measured: { width: node.size.width, height: node.size.height },
    handles: handlesOf(node.size),
    data: { node, editing: flags.editing, highlighted: flags.highlighted },
    selected: flags.selected,
    zIndex: node.kind === 'note' ? 1 : 0,
    domAttributes: flags.attributes,
  };
  nodeCache.set(node, { flags, flowNode });
  return flowNode;
}

/** An edge leaves and enters by the sides its route uses (src/model/edgeRoutes.ts). */
function sidesOf(edge: FlowEdge, source: FlowNode | undefined, target: FlowNode | undefined): { sourceHandle: HandleSide; targetHandle: HandleSide } {
  if (source === undefined || target === undefined) return { sourceHandle: edge.sourceHandle ?? 'right', targetHandle: edge.targetHandle ?? 'left' };
  const [sourceHandle, targetHandle] = edgeSides(edge, source, target);
  return { sourceHandle, targetHandle };
}

function sameView(a: EdgeView, b: EdgeView): boolean {
  return (
    a.selected === b.selected &&
    a.editing === b.editing &&
    a.sourceHandle === b.sourceHandle &&
    a.targetHandle === b.targetHandle &&
    a.wording === b.wording &&
    a.sourceLabel === b.sourceLabel &&
    a.targetLabel === b.targetLabel &&
    a.annotation === b.annotation
  );
}

export function toCanvasEdge(edge: FlowEdge, view: EdgeView): CanvasEdge {
  const cached = edgeCache.get(edge);
  if (cached && sameView(cached.view, view)) return cached.flowEdge;
  const flowEdge: CanvasEdge = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceHandle: view.sourceHandle,
    targetHandle: view.targetHandle,
    type: 'flow',
    data: { edge, editing: view.editing, annotation: view.annotation },
    selected: view.selected,
    ariaLabel: view.wording.describe(view.sourceLabel, view.targetLabel),
    domAttributes: { 'aria-roledescription': view.wording.roleDescription },
  };
  edgeCache.set(edge, { view, flowEdge });
  return flowEdge;
}

export interface NodeViewState {
  selectedIds: ReadonlySet<string>;
  editingId: string | null;
  highlightedIds: ReadonlySet<string>;
  attributes: WrapperAttributes;
}

export function toCanvasNodes(nodes: readonly FlowNode[], view: NodeViewState): CanvasNode[] {
  return nodes.map((node) =>
    toCanvasNode(node, {
      selected: view.selectedIds.has(node.id),
      editing: view.editingId === node.id,
      highlighted: view.highlightedIds.has(node.id),
      attributes: view.attributes,
    }),
  );
}

/** The previous array when every element is the same, so React Flow skips rebuilding its lookups. */
export function keepIfUnchanged<T>(previous: readonly T[] | null, next: T[]): T[] {
  if (previous && previous.length === next.length && previous.every((item, index) => item === next[index])) {
    return previous as T[];
  }
  return next;
}

export function toCanvasEdges(
  edges: readonly FlowEdge[],
  nodes: readonly FlowNode[],
  selectedIds: ReadonlySet<string>,
  editingId: string | null,
  wording: EdgeWording,
): CanvasEdge[] {
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  return edges.map((edge) => {
    const source = nodesById.get(edge.source);
    const target = nodesById.get(edge.target);
    return toCanvasEdge(edge, {
      selected: selectedIds.has(edge.id),
      editing: editingId === edge.id,
      wording,
      sourceLabel: spokenLabel(source),
      targetLabel: spokenLabel(target),
      annotation: source?.kind === 'note' || target?.kind === 'note',
      ...sidesOf(edge, source, target),
    });
  });
}
