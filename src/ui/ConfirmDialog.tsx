import { useEffect, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus starts: on cancel when confirming risks work (leaving with unsaved changes). */
  initialFocus?: 'confirm' | 'cancel';
  /** More to say or choose, under the message. */
  children?: ReactNode;
}

export function ConfirmDialog({ message, confirmLabel, cancelLabel, onConfirm, onCancel, initialFocus = 'confirm', children }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="sf-dialog sf-confirm" aria-label={message} onCancel={onCancel}>
      <p>{message}</p>
      {children}
      <footer className="sf-dialog__footer">
        <button type="button" className="sf-button" onClick={onCancel} autoFocus={initialFocus === 'cancel'}>
          {cancelLabel}
        </button>
        <button type="button" className="sf-button sf-button--primary" onClick={onConfirm} autoFocus={initialFocus === 'confirm'}>
          {confirmLabel}
        </button>
      </footer>
    </dialog>
  );
}
