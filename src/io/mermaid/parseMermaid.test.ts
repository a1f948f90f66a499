// The Mermaid reader on a table of flowchart constructs, on what it refuses, and on every template
// exported and read back. parseMermaid.oracle.test.ts holds the same constructs against Mermaid's
// own reading.

import { describe, expect, it } from 'vitest';
import { MAX_NODES } from '../../model/limits';
import type { SalesDocument } from '../../model/types';
import { salesProcess } from '../svg/testing/fixtures';
import { templateDocuments } from '../testing/templateDocuments';
import type { ImportedGraph } from '../graph/importedGraph';
import { exportMermaid } from './exportMermaid';
import { MAX_MERMAID_TEXT, parseMermaid, type MermaidImport } from './parseMermaid';

function read(text: string): MermaidImport {
  const result = parseMermaid(text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const nodesOf = (graph: ImportedGraph) => graph.nodes.map((node) => `${node.id}:${node.kind}:${node.label}${node.laneId ? `@${node.laneId}` : ''}`);
const edgesOf = (graph: ImportedGraph) =>
  graph.edges.map((edge) => `${edge.source}>${edge.target}${edge.label !== undefined ? `:${edge.label}` : ''}${edge.conversionRate !== undefined ? `:${edge.conversionRate}` : ''}${edge.style ? `:${edge.style}` : ''}`);

describe('Mermaid constructs', () => {
  it.each([
    ['graph TD\n  A --> B', 'TB', ['A:stage:A', 'B:stage:B'], ['A>B']],
    ['flowchart LR\n  A-->B', 'LR', ['A:stage:A', 'B:stage:B'], ['A>B']],
    ['flowchart RL\n  A --> B', 'LR', ['A:stage:A', 'B:stage:B'], ['A>B']],
    ['flowchart BT\n  A --> B', 'TB', ['A:stage:A', 'B:stage:B'], ['A>B']],
    ['flowchart\n  A --> B', 'TB', ['A:stage:A', 'B:stage:B'], ['A>B']],
    ['flowchart TB\n  A[Rect] --> B(Round) --> C{Decide} --> D[(CRM)] --> E[[Sub]]', 'TB', ['A:stage:Rect', 'B:stage:Round', 'C:decision:Decide', 'D:data:CRM', 'E:subprocess:Sub'], ['A>B', 'B>C', 'C>D', 'D>E']],
    ['flowchart LR\n  S([Leads]) --> H{{Prep}} --> P[/In/] --> Q[\\Out\\] --> T[/Trap\\] --> U[\\Inv/] --> F>Flag] --> X(((Done)))', 'LR', ['S:start:Leads', 'H:stage:Prep', 'P:data:In', 'Q:data:Out', 'T:stage:Trap', 'U:stage:Inv', 'F:stage:Flag', 'X:end:Done'], ['S>H', 'H>P', 'P>Q', 'Q>T', 'T>U', 'U>F', 'F>X']],
    ['flowchart LR\n  a((In)) --> b((Out))', 'LR', ['a:start:In', 'b:end:Out'], ['a>b']],
    ['flowchart LR\n  q@{ shape: doc, label: "Quote" } --> w@{ shape: delay, label: "Wait" }\n  n@{ shape: comment, label: "Note" }\n  d@{ shape: diamond }', 'LR', ['q:document:Quote', 'w:delay:Wait', 'n:note:Note', 'd:decision:d'], ['q>w']],
    ['flowchart LR\n  A -->|Yes| B\n  A -- No --> C\n  B -.-> C\n  C ==> D\n  D --- E\n  E -. maybe .-> F\n  F == sure ==> G', 'LR', ['A:stage:A', 'B:stage:B', 'C:stage:C', 'D:stage:D', 'E:stage:E', 'F:stage:F', 'G:stage:G'], ['A>B:Yes', 'A>C:No', 'B>C:dashed', 'C>D', 'D>E', 'E>F:maybe:dashed', 'F>G:sure']],
    ['flowchart LR\n  A --o B\n  B --x C\n  C <--> D\n  D ---> E\n  E -...-> F', 'LR', ['A:stage:A', 'B:stage:B', 'C:stage:C', 'D:stage:D', 'E:stage:E', 'F:stage:F'], ['A>B', 'B>C', 'C>D', 'D>E', 'E>F:dashed']],
    ['flowchart LR\n  A & B --> C & D', 'LR', ['A:stage:A', 'B:stage:B', 'C:stage:C', 'D:stage:D'], ['A>C', 'A>D', 'B>C', 'B>D']],
    ['flowchart LR\n  A["Say #quot;hi#quot; &amp; 你好<br>next"] -->|"是 · 45%"| B["`**md**`"]', 'LR', ['A:stage:Say "hi" & 你好\nnext', 'B:stage:**md**'], ['A>B:是:0.45']],
    ['flowchart LR\n  A --> |"60%"| B', 'LR', ['A:stage:A', 'B:stage:B'], ['A>B:0.6']],
    ['flowchart LR\n  A["x"]; B["y"]; A --> B;', 'LR', ['A:stage:x', 'B:stage:y'], ['A>B']],
    ['%% a comment\n---\ntitle: t\n---\nflowchart LR\n  %% inside\n  A --> B %% trailing', 'LR', ['A:stage:A', 'B:stage:B'], ['A>B']],
  ] as const)('%s', (text, direction, nodes, edges) => {
    const { graph } = read(text.startsWith('%%') ? text.slice(text.indexOf('\n') + 1) : text);
    expect(graph.direction).toBe(direction);
    expect(nodesOf(graph)).toEqual(nodes);
    expect(edgesOf(graph)).toEqual(edges);
  });

  it('reads subgraphs as lanes, with quoted and bracketed titles, and lists a nested one', () => {
    const { graph, skipped } = read(
      'flowchart LR\n  subgraph sales["销售"]\n    a --> b\n    subgraph inner [Inner]\n      c\n    end\n  end\n  subgraph "Legal team"\n    d\n  end\n  subgraph ops Operations desk\n    e\n  end\n  b --> d --> e',
    );
    expect(graph.lanes.map((lane) => `${lane.id}:${lane.label}`)).toEqual(['sales:销售', 'subgraph-2:Legal team', 'subgraph-3:ops Operations desk']);
    expect(nodesOf(graph)).toEqual(['a:stage:a@sales', 'b:stage:b@sales', 'c:stage:c@sales', 'd:stage:d@subgraph-2', 'e:stage:e@subgraph-3']);
    expect(skipped).toEqual([{ code: 'nested-subgraph', line: 4, subgraph: 'inner' }]);
  });

  it('takes colours from classDef, class, ::: and style, and outcomes from won and lost classes', () => {
    const { graph } = read(
      'flowchart LR\n  a([In]) --> b:::hot --> c([Won]) & d([Lost])\n  classDef hot fill:#ff0000,stroke:#990000,color:#ffffff\n  classDef won fill:#d1fae5\n  class c won\n  class d lost\n  style a fill:#00ff00,stroke:url(evil)\n  subgraph L[Lane]\n  end\n  style L fill:#eeeeee',
    );
    expect(graph.nodes.map((node) => [node.id, node.kind, node.style, node.outcome])).toEqual([
      ['a', 'start', { fill: '#00ff00' }, undefined],
      ['b', 'stage', { fill: '#ff0000', stroke: '#990000', textColor: '#ffffff' }, undefined],
      ['c', 'end', undefined, 'won'],
      ['d', 'end', undefined, 'lost'],
    ]);
    expect(graph.lanes).toEqual([{ id: 'L', label: 'Lane', color: '#eeeeee' }]);
  });

  it('lists and skips self-loops, second edges, invisible links, links to subgraphs and clicks', () => {
    const { graph, skipped } = read(
      'flowchart LR\n  a --> a\n  a --> b\n  a -->|again| b\n  b ~~~ c\n  subgraph S\n    c\n  end\n  b --> S\n  click a href "javascript:alert(1)"\n  linkStyle 0 stroke:#f00',
    );
    expect(edgesOf(graph)).toEqual(['a>b']);
    expect(nodesOf(graph)).toEqual(['a:stage:a', 'b:stage:b', 'c:stage:c@S']);
    expect(skipped).toEqual([
      { code: 'unsupported', line: 10, statement: 'click' },
      { code: 'unsupported', line: 11, statement: 'linkStyle' },
      { code: 'self-loop', line: 2, node: 'a' },
      { code: 'duplicate-edge', line: 4, source: 'a', target: 'b' },
      { code: 'invisible-link', line: 5, source: 'b', target: 'c' },
      { code: 'subgraph-link', line: 9, subgraph: 'S' },
    ]);
  });
});

describe('Mermaid refusals', () => {
  it.each([
    ['', { code: 'empty' }],
    ['  \n\n', { code: 'empty' }],
    ['sequenceDiagram\n  A->>B: hi', { code: 'not-flowchart', line: 1 }],
    ['flowchart XY\n  A --> B', { code: 'not-flowchart', line: 1 }],
    ['flowchart LR\n  A["unclosed --> B', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  A --> B[oops', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  A -->|no end B', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  A -- never closed B', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  A --> ', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  end', { code: 'syntax', line: 2 }],
    ['flowchart LR\n  subgraph S\n    A', { code: 'unclosed-subgraph', line: 2 }],
    ['flowchart LR\n  A --> B )', { code: 'syntax', line: 2 }],
  ] as const)('%j', (text, error) => {
    expect(parseMermaid(text)).toEqual({ ok: false, error });
  });

  it('refuses text past the size cap before reading it', () => {
    expect(parseMermaid(`flowchart LR\n${'a'.repeat(MAX_MERMAID_TEXT)}`)).toEqual({ ok: false, error: { code: 'too-large', limit: MAX_MERMAID_TEXT } });
  });

  it('refuses a 100,000-node chart at the node cap, reading it in linear time', () => {
    const lines = ['flowchart LR'];
    for (let index = 0; index < 100_000; index += 1) lines.push(`n${index}-->n${index + 1}`);
    const text = lines.join('\n');
    expect(text.length).toBeLessThan(MAX_MERMAID_TEXT);
    expect(parseMermaid(text)).toEqual({ ok: false, error: { code: 'too-many-nodes', limit: MAX_NODES } });
    // Just under the cap, the whole chart is read: each line once, however long the text.
    const under = lines.slice(0, MAX_NODES).join('\n');
    const result = parseMermaid(under);
    expect(result.ok && result.value.graph.nodes.length).toBe(MAX_NODES);
  });
});

function sameGraph(document: SalesDocument, graph: ImportedGraph) {
  const laneLabel = new Map(document.lanes.map((lane) => [lane.id, lane.label]));
  const importedLane = new Map(graph.lanes.map((lane) => [lane.id, lane.label]));
  const expectNodes = document.nodes.map((node) => ({ kind: node.kind, label: node.label, lane: node.laneId && laneLabel.get(node.laneId), outcome: node.kind === 'end' && node.outcome !== 'other' ? node.outcome : undefined, style: node.style }));
  const gotNodes = graph.nodes.map((node) => ({ kind: node.kind, label: node.label, lane: node.laneId && importedLane.get(node.laneId), outcome: node.outcome, style: node.style }));
  const byText = (a: { kind: string; label: string }, b: { kind: string; label: string }) => `${a.kind}:${a.label}`.localeCompare(`${b.kind}:${b.label}`);
  expect(gotNodes.sort(byText)).toEqual(expectNodes.sort(byText));
  const labelOf = (nodes: readonly { id: string; label: string }[]) => new Map(nodes.map((node) => [node.id, node.label]));
  const ours = labelOf(document.nodes);
  const theirs = labelOf(graph.nodes);
  expect(graph.edges.map((edge) => ({ from: theirs.get(edge.source), to: theirs.get(edge.target), label: edge.label, rate: edge.conversionRate, style: edge.style }))).toEqual(
    document.edges.map((edge) => ({ from: ours.get(edge.source), to: ours.get(edge.target), label: edge.label || undefined, rate: edge.conversionRate, style: edge.style === 'dashed' ? 'dashed' : undefined })),
  );
  // Labels may repeat (two ends called "Lost"): the lanes and kinds above are matched by label, the edges here by record.
  expect(new Set(graph.nodes.map((node) => node.label)).size).toBe(new Set(document.nodes.map((node) => node.label)).size);
  expect(graph.lanes.map((lane) => lane.label)).toEqual(document.lanes.map((lane) => lane.label));
  expect(graph.direction).toBe(document.settings.direction);
}

describe('Mermaid export read back by our reader', () => {
  const documents = [
    ...templateDocuments().map(({ name, language, document }) => ({ name: `${name} (${language})`, document })),
    { name: 'every kind (en)', document: salesProcess('en') },
    { name: 'every kind (zh)', document: salesProcess('zh') },
  ];
  it.each(documents)('$name gives the same graph, rates included', ({ document }) => {
    const { graph, skipped } = read(exportMermaid(document, { rates: true }));
    expect(skipped).toEqual([]);
    sameGraph(document, graph);
  });
});
