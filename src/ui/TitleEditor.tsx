import { useRef, useState } from 'react';
import { editTitle } from '../model/operations';
import { useT } from '../i18n/I18nProvider';
import { useEditor } from '../store/EditorStoreProvider';
import { useEditorCommands } from '../store/EditorCommandsProvider';
import { useReadOnlyReason } from './useReadOnlyReason';

/** The document's title in the top bar; a click renames it in place (Enter or leaving keeps it, Escape cancels). */
export function TitleEditor() {
  const t = useT();
  const { context } = useEditorCommands();
  const title = useEditor((state) => state.document.title);
  const readOnlyReason = useReadOnlyReason();
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const done = useRef(false);

  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    setEditing(false);
    const next = value?.trim();
    if (next && next !== title) context.perform(editTitle(next));
    // Focus goes back where it came from, so the keyboard user is not dropped at the top of the page.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };

  if (editing) {
    return (
      <h1 className="sf-toolbar__title">
        <input
          className="sf-toolbar__title-input"
          aria-label={t('toolbar.title')}
          defaultValue={title}
          // A field that appears because the user asked to type in it takes focus, as the label editors do.
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onBlur={(event) => finish(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.nativeEvent.isComposing || event.keyCode === 229) return;
            if (event.key === 'Enter') finish(event.currentTarget.value);
            else if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              finish(null);
            }
          }}
        />
      </h1>
    );
  }
  return (
    <h1 className="sf-toolbar__title">
      <button
        ref={buttonRef}
        type="button"
        className="sf-toolbar__title-button"
        // Named for what it is, not by the title itself: a title such as "History review" must not
        // make this button answer to the name of the toolbar's History.
        aria-label={t('toolbar.title')}
        title={readOnlyReason ?? t('title.renameHint')}
        disabled={readOnlyReason !== undefined}
        onClick={() => {
          done.current = false;
          setEditing(true);
        }}
      >
        {title}
      </button>
    </h1>
  );
}
