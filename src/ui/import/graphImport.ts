// A diagram from another tool as the import screens handle it: one or more pages (draw.io files
// have several; the user picks one), each a graph and what its reader left out.

import type { ImportedGraph } from '../../io/graph/importedGraph';
import type { ImportedContent } from './readImportFile';
import type { ImportSkip } from './importSkips';

export interface GraphPage {
  name: string;
  graph: ImportedGraph;
  skipped: ImportSkip[];
}

export interface GraphImport {
  pages: GraphPage[];
}

export function graphImportOf(content: Exclude<ImportedContent, { kind: 'salesflow-json' }>): GraphImport {
  if (content.kind === 'mermaid') {
    const { graph, skipped } = content.mermaid;
    return { pages: [{ name: '', graph, skipped: skipped.map((skip) => ({ from: 'mermaid', skip })) }] };
  }
  return {
    pages: content.drawio.pages.map((page) => ({ name: page.name, graph: page.graph, skipped: page.skipped.map((skip) => ({ from: 'drawio', skip })) })),
  };
}
