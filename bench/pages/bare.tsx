// The baseline: React Flow as its getting-started guide uses it. Default nodes and edges, local
// state from React Flow's own hooks, no store, no custom components, no app chrome. It draws the
// nodes of a Salesflow document file at the same positions and sizes as the app does.
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';

interface FileNode {
  id: string;
  label: string;
  position: { x: number; y: number };
  size: { width: number; height: number };
}

interface FileEdge {
  id: string;
  source: string;
  target: string;
}

interface DocumentFileShape {
  document: { nodes: FileNode[]; edges: FileEdge[] };
}

export interface BareBenchApi {
  /**
   * Replaces the diagram with the one in a Salesflow document file (JSON text), shown at
   * `viewport` from its first frame when one is given (the view the app opened the same file at).
   */
  open: (text: string, viewport?: Viewport) => void;
  setViewport: (viewport: Viewport) => void;
  getViewport: () => Viewport;
}

declare global {
  interface Window {
    benchBare?: BareBenchApi;
  }
}

function toBareElements(text: string): { nodes: Node[]; edges: Edge[] } {
  const file = JSON.parse(text) as DocumentFileShape;
  const nodes = file.document.nodes.map(
    (node): Node => ({
      id: node.id,
      position: node.position,
      width: node.size.width,
      height: node.size.height,
      data: { label: node.label },
    }),
  );
  const edges = file.document.edges.map((edge): Edge => ({ id: edge.id, source: edge.source, target: edge.target }));
  return { nodes, edges };
}

function BareFlow() {
  const [nodes, setNodes, onNodesChange] = useNodesState<Node>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const flow = useReactFlow();

  useEffect(() => {
    window.benchBare = {
      open: (text, viewport) => {
        const elements = toBareElements(text);
        if (viewport !== undefined) void flow.setViewport(viewport, { duration: 0 });
        setNodes(elements.nodes);
        setEdges(elements.edges);
      },
      setViewport: (viewport) => void flow.setViewport(viewport, { duration: 0 }),
      getViewport: () => flow.getViewport(),
    };
    return () => {
      delete window.benchBare;
    };
  }, [flow, setNodes, setEdges]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      // Wide enough that copying the app's viewport is never clamped.
      minZoom={0.01}
      maxZoom={4}
      proOptions={{ hideAttribution: true }}
    />
  );
}

// The benchmark sizes the canvas to the app's canvas, so both draw the same area.
const params = new URLSearchParams(location.search);
const width = Number(params.get('width') ?? '0') || window.innerWidth;
const height = Number(params.get('height') ?? '0') || window.innerHeight;

const root = document.getElementById('root');
if (!root) throw new Error('bare.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <div style={{ width, height }}>
      <ReactFlowProvider>
        <BareFlow />
      </ReactFlowProvider>
    </div>
  </StrictMode>,
);
