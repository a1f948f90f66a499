import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { nearestSide } from '../model/shapes';
import type { FlowEdge, FlowNode, HandleSide } from '../model/types';

export interface FlowNodeData extends Record<string, unknown> {
  node: FlowNode;
}

export interface FlowEdgeData extends Record<string, unknown> {
  edge: FlowEdge;
}

export type CanvasNode = Node<FlowNodeData>;
export type CanvasEdge = Edge<FlowEdgeData>;

// Documents are immutable, so an unchanged model node keeps its React Flow node: memoized node
// components then skip rendering, and a drag re-renders one node instead of all of them.
const nodeCache = new WeakMap<FlowNode, { selected: boolean; flowNode: CanvasNode }>();
const edgeCache = new WeakMap<
  FlowEdge,
  { selected: boolean; sourceHandle: HandleSide; targetHandle: HandleSide; flowEdge: CanvasEdge }
>();

export function toCanvasNode(node: FlowNode, selected: boolean): CanvasNode {
  const cached = nodeCache.get(node);
  if (cached && cached.selected === selected) return cached.flowNode;
  const flowNode: CanvasNode = {
    id: node.id,
    type: node.kind,
    position: node.position,
    width: node.size.width,
    height: node.size.height,
    data: { node },
    selected,
    zIndex: node.kind === 'note' ? 1 : 0,
  };
  nodeCache.set(node, { selected, flowNode });
  return flowNode;
}

function centre(node: FlowNode) {
  return { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
}

/** An edge without stored handles leaves and enters by the sides that face each other. */
export function edgeSides(
  edge: FlowEdge,
  source: FlowNode | undefined,
  target: FlowNode | undefined,
): { sourceHandle: HandleSide; targetHandle: HandleSide } {
  const sourceHandle = edge.sourceHandle ?? (source && target ? nearestSide(source, centre(target)) : 'right');
  const targetHandle = edge.targetHandle ?? (source && target ? nearestSide(target, centre(source)) : 'left');
  return { sourceHandle, targetHandle };
}

export function toCanvasEdge(
  edge: FlowEdge,
  selected: boolean,
  sides: { sourceHandle: HandleSide; targetHandle: HandleSide },
): CanvasEdge {
  const { sourceHandle, targetHandle } = sides;
  const cached = edgeCache.get(edge);
  if (cached && cached.selected === selected && cached.sourceHandle === sourceHandle && cached.targetHandle === targetHandle) {
    return cached.flowEdge;
  }
  const flowEdge: CanvasEdge = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceHandle,
    targetHandle,
    type: 'flow',
    data: { edge },
    selected,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
  };
  edgeCache.set(edge, { selected, sourceHandle, targetHandle, flowEdge });
  return flowEdge;
}

export function toCanvasNodes(nodes: readonly FlowNode[], selectedIds: ReadonlySet<string>): CanvasNode[] {
  return nodes.map((node) => toCanvasNode(node, selectedIds.has(node.id)));
}

export function toCanvasEdges(
  edges: readonly FlowEdge[],
  nodes: readonly FlowNode[],
  selectedIds: ReadonlySet<string>,
): CanvasEdge[] {
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  return edges.map((edge) =>
    toCanvasEdge(edge, selectedIds.has(edge.id), edgeSides(edge, nodesById.get(edge.source), nodesById.get(edge.target))),
  );
}
