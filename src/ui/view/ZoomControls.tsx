import { Focus, Maximize } from 'lucide-react';
import { useT } from '../../i18n/I18nProvider';
import { useEditor } from '../../store/EditorStoreProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { CommandButton } from '../CommandButton';
import { ViewOptions } from './ViewOptions';
import './view.css';

/** The view's group in the toolbar: the zoom read-out (click for 100%), fit, fit selection and the view options. */
export function ZoomControls() {
  const t = useT();
  const { run } = useEditorCommands();
  const percent = useEditor((state) => state.zoomPercent);
  return (
    <div className="sf-zoom">
      <button
        type="button"
        className="sf-button sf-zoom__readout"
        aria-label={t('zoom.readout')}
        title={t('zoom.readoutTooltip', { percent })}
        onClick={() => run('actualSize')}
      >
        {percent}%
      </button>
      <CommandButton command="fitView" icon={<Maximize size={18} />} />
      <CommandButton command="fitSelection" icon={<Focus size={18} />} />
      <ViewOptions />
    </div>
  );
}
