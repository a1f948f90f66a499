import { useEffect, useMemo, useRef, useState } from 'react';
import { ChevronDown, X } from 'lucide-react';
import { findNodesByLabel } from '../model/find';
import { useEditor, useEditorStoreApi } from '../store/EditorStoreProvider';
import { useT } from '../i18n/I18nProvider';

export function FindBar({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useEditorStoreApi();
  const document = useEditor((state) => state.document);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findNodesByLabel(document, query), [document, query]);

  useEffect(() => {
    inputRef.current?.focus();
    return () => store.getState().setHighlightedNodes([]);
  }, [store]);

  useEffect(() => {
    store.getState().setHighlightedNodes(matches);
  }, [matches, store]);

  const goToNext = () => {
    if (matches.length === 0) return;
    const next = (current + 1) % matches.length;
    const nodeId = matches[next];
    if (nodeId === undefined) return;
    setCurrent(next);
    const state = store.getState();
    state.setSelection({ nodeIds: [nodeId], edgeIds: [] });
    state.viewport?.centerOnNode(nodeId);
  };

  return (
    <div className="sf-findbar" role="search" aria-label={t('find.label')}>
      <input
        ref={inputRef}
        type="search"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(-1);
        }}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            goToNext();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <span className="sf-findbar__count" role="status">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? t('find.none')
            : t('find.count', { current: Math.max(current + 1, 0), total: matches.length })}
      </span>
      <button type="button" className="sf-icon-button" aria-label={t('find.next')} onClick={goToNext} disabled={matches.length === 0}>
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      <button type="button" className="sf-icon-button" aria-label={t('find.close')} onClick={onClose}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
