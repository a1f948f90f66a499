import { useId, useState } from 'react';
import { Flame, ListChecks } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { analysisOf } from '../../model/analytics/analysisCache';
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
  const count = useEditor((state) => analysisOf(state.document).problems.length);
  return (
    <div className="sf-toolbar__group">
      <div className="sf-problems">
        <button
          type="button"
          className={`sf-button${count > 0 ? ' sf-problems__button--some' : ''}`}
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
