import { useId, useState } from 'react';
import { Flame, ListChecks } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { problemSeverity } from '../../model/analytics/processChecks';
import { useEditor } from '../../store/EditorStoreProvider';
import { IconButton } from '../IconButton';
import { ProblemsList } from './ProblemsList';
import './analysis.css';

interface AnalysisToolsProps {
  heatView: boolean;
  onToggleHeatView: () => void;
}

/** The toolbar's analysis buttons: `Problems (n)`, which opens the list, and `Heat view`. */
export function AnalysisTools({ heatView, onToggleHeatView }: AnalysisToolsProps) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const count = useEditor((state) => viewedAnalysisOf(state.document, 'process').problems.length);
  // Red only for errors: warnings alone (an owner missing) are not a process that fails.
  const errors = useEditor((state) => viewedAnalysisOf(state.document, 'process').problems.some((problem) => problemSeverity(problem) === 'error'));
  const tone = errors ? ' sf-problems__button--some' : count > 0 ? ' sf-problems__button--warnings' : '';
  return (
    <div className="sf-toolbar__group">
      <div className="sf-problems">
        <button
          type="button"
          className={`sf-button${tone}`}
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen((shown) => !shown)}
        >
          <ListChecks size={16} aria-hidden="true" />
          <span>{t('toolbar.problems', { count })}</span>
        </button>
        {open && <ProblemsList id={listId} onClose={() => setOpen(false)} />}
      </div>
      <IconButton label={t('toolbar.heatView')} icon={<Flame size={18} />} onClick={onToggleHeatView} pressed={heatView} />
    </div>
  );
}
