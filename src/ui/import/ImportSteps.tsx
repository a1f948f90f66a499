import { ChoosePageDialog } from './ChoosePageDialog';
import type { GraphPage, GraphSource } from './graphImport';
import { ProcessTableDialog } from './ProcessTableDialog';

interface ImportStepsProps {
  source: GraphSource;
  onPage: (page: GraphPage) => void;
  onCancel: () => void;
}

/** What an import asks before it has one graph: which page of a draw.io file, or a table's columns. */
export function ImportSteps({ source, onPage, onCancel }: ImportStepsProps) {
  if (source.kind === 'process-table') return <ProcessTableDialog table={source.table} sure={source.sure} onRead={onPage} onCancel={onCancel} />;
  return <ChoosePageDialog pages={source.pages} onChoose={onPage} onCancel={onCancel} />;
}
