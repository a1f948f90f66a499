import { useMemo, useRef, useState } from 'react';
import { connectSelectionTo, nodesMatching } from '../../commands/connectSelection';
import { useT } from '../../i18n/I18nProvider';
import { useEditor } from '../../store/EditorStoreProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { usePopoverFocus } from '../usePopoverFocus';
import './view.css';

const MAX_SHOWN = 8;

/** Connect to…: type part of a node's label, Enter connects the selection to the first match (or click one). */
export function ConnectToDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { context } = useEditorCommands();
  const nodes = useEditor((state) => state.document.nodes);
  const selected = useEditor((state) => state.selection.nodeIds);
  const [query, setQuery] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  usePopoverFocus(true, ref, onClose, 'input');
  const matches = useMemo(() => {
    const candidates = nodes.filter((node) => !selected.includes(node.id)).map(({ id, label }) => ({ id, label }));
    return nodesMatching(candidates, query).slice(0, MAX_SHOWN);
  }, [nodes, selected, query]);

  const choose = (targetId: string) => {
    connectSelectionTo(context, targetId);
    onClose();
  };

  return (
    <div className="sf-popover sf-connect-to" role="dialog" aria-label={t('connectTo.title')} ref={ref}>
      <label className="sf-connect-to__field">
        <span>{t('connectTo.field')}</span>
        <input
          type="text"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return;
            event.preventDefault();
            const first = matches[0];
            if (first) choose(first.id);
          }}
        />
      </label>
      {query.trim() !== '' && matches.length === 0 ? <p className="sf-connect-to__none">{t('connectTo.none')}</p> : null}
      <ul className="sf-connect-to__list">
        {matches.map((match) => (
          <li key={match.id}>
            <button type="button" className="sf-button" onClick={() => choose(match.id)}>
              {match.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
