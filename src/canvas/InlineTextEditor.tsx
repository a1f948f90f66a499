import { useEffect, useRef, type CSSProperties } from 'react';

interface InlineTextEditorProps {
  initial: string;
  label: string;
  className: string;
  style?: CSSProperties;
  onCommit: (value: string) => void;
  onCancel: () => void;
}

/**
 * Edits a label in place: Enter commits, Shift+Enter starts a new line, Escape cancels. While an
 * input method is composing (Chinese pinyin), Enter confirms the composition and nothing else.
 */
export function InlineTextEditor({ initial, label, className, style, onCommit, onCancel }: InlineTextEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    textarea.focus();
    textarea.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(ref.current?.value ?? initial);
    else onCancel();
  };

  // A label typed without Enter is committed when the page goes away, as Enter would. Capture
  // listeners run before the editor session's own, which then copies the document with it.
  const commitOnLeave = useRef(finish);
  commitOnLeave.current = finish;
  useEffect(() => {
    const onLeave = () => commitOnLeave.current(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onLeave();
    };
    window.addEventListener('beforeunload', onLeave, { capture: true });
    window.addEventListener('pagehide', onLeave, { capture: true });
    document.addEventListener('visibilitychange', onVisibility, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', onLeave, { capture: true });
      window.removeEventListener('pagehide', onLeave, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility, { capture: true });
    };
  }, []);

  return (
    <textarea
      ref={ref}
      className={`${className} nodrag nopan nowheel`}
      style={style}
      defaultValue={initial}
      aria-label={label}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        event.stopPropagation();
        // keyCode 229 is what browsers report for a key that an input method consumed.
        if (event.nativeEvent.isComposing || event.keyCode === 229) return;
        if (event.key === 'Enter' && !event.shiftKey) {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
