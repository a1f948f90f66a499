import { useEffect, useRef, useState } from 'react';

/** What a commit answers: null when it was applied or changed nothing, otherwise why it was refused. */
export type CommitResult = string | null;

export interface Draft {
  text: string;
  error: string | null;
  change: (text: string) => void;
  commit: () => void;
  revert: () => void;
}

/**
 * The text being edited in a field, apart from the stored value, so that typing costs no undo
 * steps: the edit reaches the document once, on commit. A refused commit shows the stored value
 * again, with the reason.
 */
export function useDraft(value: string, commit: (text: string) => CommitResult): Draft {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(value);
  // Undo or another control changed the stored value: show it and drop the draft.
  if (value !== shown) {
    setShown(value);
    setText(value);
    setError(null);
  }

  // Clicking another node can re-render the panel before the browser blurs this field, so the
  // field unmounts without a blur; the edit must land all the same.
  const latest = useRef({ text, value, commit });
  useEffect(() => {
    latest.current = { text, value, commit };
  });
  useEffect(
    () => () => {
      const last = latest.current;
      if (last.text !== last.value) last.commit(last.text);
    },
    [],
  );

  return {
    text,
    error,
    change: (next) => {
      setText(next);
      setError(null);
    },
    commit: () => {
      if (text === value) return;
      setError(commit(text));
      // An applied edit comes back through `value`; until then, and after a refusal, show the stored one.
      setText(value);
    },
    revert: () => {
      setText(value);
      setError(null);
    },
  };
}
