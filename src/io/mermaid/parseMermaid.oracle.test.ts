// @vitest-environment jsdom
// Our reader against Mermaid 11's own on the same flowchart texts: the same node ids and labels,
// the same links (less those our model cannot hold, which we list) with the same labels, and the
// same subgraph members.

import { describe, expect, it } from 'vitest';
import { parseMermaid } from './parseMermaid';
import { readWithMermaid } from './testing/mermaidOracle';

const TEXTS = [
  'graph TD\n  A --> B',
  'flowchart RL\n  A-->B-->C',
  'flowchart TB\n  A[Rect] --> B(Round) --> C{Decide} --> D[(CRM)] --> E[[Sub]]',
  'flowchart LR\n  S([Leads]) --> H{{Prep}} --> P[/In/] --> Q[\\Out\\] --> T[/Trap\\] --> U[\\Inv/] --> F>Flag] --> X(((Done)))',
  'flowchart LR\n  a((In)) --> b((Out))',
  'flowchart LR\n  q@{ shape: doc, label: "Quote" } --> w@{ shape: delay, label: "Wait" }\n  n@{ shape: comment, label: "Note" }',
  'flowchart LR\n  A -->|Yes| B\n  A -- No --> C\n  B -.-> C\n  C ==> D\n  D --- E\n  E -. maybe .-> F\n  F == sure ==> G',
  'flowchart LR\n  A --o B\n  B --x C\n  C <--> D\n  D ---> E\n  E -...-> F',
  'flowchart LR\n  A & B --> C & D',
  'flowchart LR\n  A["Say #quot;hi#quot; &amp; 你好<br>next"] -->|"是 · 45%"| B["`**md**`"]',
  'flowchart LR\n  A["x"]; B["y"]; A --> B;',
  '---\ntitle: t\n---\nflowchart LR\n  %% inside\n  A --> B',
  'flowchart LR\n  subgraph sales["销售"]\n    a --> b\n  end\n  subgraph "Legal team"\n    d\n  end\n  subgraph ops Operations desk\n    e\n  end\n  b --> d --> e',
  'flowchart LR\n  subgraph one [First]\n    a\n  end\n  a --> b',
  'flowchart LR\n  a([In]) --> b:::hot --> c([Won])\n  classDef hot fill:#f00\n  class c won',
  'flowchart LR\n  a --> a\n  a --> b\n  a -->|again| b\n  b ~~~ c',
  'flowchart LR\n  won-end["Won"] --> next_1[Next]',
];

describe('our reader agrees with Mermaid 11', () => {
  it.each(TEXTS)('%s', async (text) => {
    const theirs = await readWithMermaid(text);
    const result = parseMermaid(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const ours = result.value;
    const labels = (nodes: { id: string; label: string }[]) => nodes.map((node) => `${node.id}=${node.label}`).sort();
    expect(labels(ours.graph.nodes)).toEqual(labels(theirs.vertices.map((vertex) => ({ id: vertex.id, label: vertex.text.trim() }))));
    // Every link Mermaid read is either one of our edges or listed as skipped.
    const skippedPairs = ours.skipped.flatMap((skip) =>
      skip.code === 'self-loop' ? [`${skip.node}>${skip.node}`] : skip.code === 'duplicate-edge' || skip.code === 'invisible-link' ? [`${skip.source}>${skip.target}`] : [],
    );
    const ourPairs = [...ours.graph.edges.map((edge) => `${edge.source}>${edge.target}`), ...skippedPairs];
    expect(ourPairs.sort()).toEqual(theirs.edges.map((edge) => `${edge.start}>${edge.end}`).sort());
    // A kept edge is the first link between its two nodes, with Mermaid's label (less a rate we read out of it).
    const firstLabel = new Map<string, string>();
    for (const edge of theirs.edges) if (!firstLabel.has(`${edge.start}>${edge.end}`)) firstLabel.set(`${edge.start}>${edge.end}`, edge.text);
    for (const edge of ours.graph.edges) {
      const text = firstLabel.get(`${edge.source}>${edge.target}`);
      expect(edge.label ?? '').toBe(text?.replace(/ · \d+%$|^\d+%$/, ''));
    }
    const members = (groups: { label: string; nodes: string[] }[]) => groups.map((group) => `${group.label}:${[...group.nodes].sort().join(',')}`).sort();
    expect(members(ours.graph.lanes.map((lane) => ({ label: lane.label, nodes: ours.graph.nodes.filter((node) => node.laneId === lane.id).map((node) => node.id) })))).toEqual(
      members(theirs.subgraphs.map((subgraph) => ({ label: subgraph.title, nodes: subgraph.nodes }))),
    );
  });
});
