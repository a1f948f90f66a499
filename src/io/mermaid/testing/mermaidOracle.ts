// Mermaid 11 itself as the judge of our Mermaid text (tests only; it needs a DOM, so the test
// files that use this run in jsdom). `readWithMermaid` parses text with Mermaid's own flowchart
// parser and returns what its database holds, with every label turned into the text Mermaid would
// show: its entity codes decoded as its renderer does (utils.ts, `decodeEntities`), then read as
// HTML, `<br>` as a line break.

import mermaid from 'mermaid';

export interface MermaidVertex {
  id: string;
  text: string;
  type: string | undefined;
  classes: string[];
  styles: string[];
}

export interface MermaidEdge {
  start: string;
  end: string;
  text: string;
  type: string;
  stroke: string;
}

export interface MermaidSubgraph {
  id: string;
  title: string;
  nodes: string[];
}

export interface MermaidReading {
  direction: string | undefined;
  vertices: MermaidVertex[];
  edges: MermaidEdge[];
  subgraphs: MermaidSubgraph[];
  classes: Map<string, string[]>;
}

interface FlowDb {
  getVertices(): Map<string, { id: string; text?: string; type?: string; classes: string[]; styles: string[] }>;
  getEdges(): { start: string; end: string; text: string; type: string; stroke: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
  getClasses(): Map<string, { styles: string[] }>;
  getDirection(): string | undefined;
}

let ready: Promise<unknown> | undefined;

function shownText(raw: string | undefined): string {
  const html = (raw ?? '').replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  // Parsed as an inert document: nothing in it runs, and entities decode as a browser's would.
  const holder = new DOMParser().parseFromString(html, 'text/html').body;
  for (const br of [...holder.querySelectorAll('br')]) br.replaceWith('\n');
  return holder.textContent ?? '';
}

/** Throws Mermaid's own error when it refuses the text. */
export async function readWithMermaid(text: string): Promise<MermaidReading> {
  ready ??= (mermaid.initialize({ startOnLoad: false }), mermaid.parse('flowchart LR\n  a --> b'));
  await ready;
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as FlowDb;
  return {
    direction: db.getDirection(),
    vertices: [...db.getVertices().values()].map((vertex) => ({
      id: vertex.id,
      text: shownText(vertex.text),
      type: vertex.type,
      classes: vertex.classes,
      styles: vertex.styles,
    })),
    edges: db.getEdges().map((edge) => ({ start: edge.start, end: edge.end, text: shownText(edge.text), type: edge.type, stroke: edge.stroke })),
    subgraphs: db.getSubGraphs().map((subgraph) => ({ id: subgraph.id, title: shownText(subgraph.title), nodes: [...subgraph.nodes] })),
    classes: new Map([...db.getClasses()].map(([name, value]) => [name, value.styles])),
  };
}
