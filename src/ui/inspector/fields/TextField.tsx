import { useId, type KeyboardEvent } from 'react';
import { FieldError } from './FieldError';
import { isComposing } from './keys';
import { useDraft, type CommitResult } from './useDraft';

interface TextFieldProps {
  label: string;
  value: string;
  /** Called once per edit, on Enter or blur; returns why the text was refused, or null. */
  onCommit: (text: string) => CommitResult;
  /** A textarea where Shift+Enter starts a new line. */
  multiline?: boolean;
  maxLength?: number;
  /** Shown after the control, e.g. "per month". */
  unit?: string;
  hint?: string;
  inputMode?: 'text' | 'decimal' | 'url';
}

export function TextField({ label, value, onCommit, multiline = false, maxLength, unit, hint, inputMode }: TextFieldProps) {
  const id = useId();
  const draft = useDraft(value, onCommit);
  const unitId = `${id}-unit`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [unit && unitId, hint && hintId, draft.error && errorId].filter(Boolean).join(' ');

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (isComposing(event)) return;
    if (event.key === 'Escape') {
      draft.revert();
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      draft.commit();
    }
  };

  const control = {
    id,
    className: 'sf-inspector__control',
    value: draft.text,
    maxLength,
    inputMode,
    'aria-invalid': draft.error === null ? undefined : true,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
    onChange: (event: { target: { value: string } }) => draft.change(event.target.value),
    onBlur: draft.commit,
    onKeyDown,
  };

  return (
    <div className="sf-inspector__field">
      <label className="sf-inspector__label" htmlFor={id}>
        {label}
      </label>
      <div className="sf-inspector__input-row">
        {multiline ? <textarea {...control} rows={2} /> : <input {...control} type="text" autoComplete="off" />}
        {unit !== undefined && (
          <span id={unitId} className="sf-inspector__unit">
            {unit}
          </span>
        )}
      </div>
      {hint !== undefined && (
        <p id={hintId} className="sf-inspector__hint">
          {hint}
        </p>
      )}
      {draft.error !== null && <FieldError id={errorId} message={draft.error} />}
    </div>
  );
}
