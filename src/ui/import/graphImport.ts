// A diagram from another tool as the import screens handle it: pages of graphs (a draw.io file
// has several and the user picks one; Mermaid has one), or a process table still to be mapped,
// each graph with what its reader left out.

import type { ImportedGraph } from '../../io/graph/importedGraph';
import type { Table } from '../../model/actuals/table';
import type { ImportedContent } from './readImportFile';
import type { ImportSkip } from './importSkips';

export interface GraphPage {
  name: string;
  graph: ImportedGraph;
  skipped: ImportSkip[];
}

export type GraphSource = { kind: 'pages'; pages: GraphPage[] } | { kind: 'process-table'; table: Table; sure: boolean };

export function graphSourceOf(content: Exclude<ImportedContent, { kind: 'salesflow-json' } | { kind: 'deal-table' }>): GraphSource {
  switch (content.kind) {
    case 'mermaid': {
      const { graph, skipped } = content.mermaid;
      return { kind: 'pages', pages: [{ name: '', graph, skipped: skipped.map((skip) => ({ from: 'mermaid', skip })) }] };
    }
    case 'drawio':
      return {
        kind: 'pages',
        pages: content.drawio.pages.map((page) => ({ name: page.name, graph: page.graph, skipped: page.skipped.map((skip) => ({ from: 'drawio', skip })) })),
      };
    case 'process-table':
      return { kind: 'process-table', table: content.table, sure: content.sure };
  }
}

/** The page to import without asking anything: a source of one page. */
export function onlyPage(source: GraphSource): GraphPage | null {
  return source.kind === 'pages' && source.pages.length === 1 ? source.pages[0]! : null;
}
