import { CircleExclamationPoint } from 'lucide-react';

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="sf-inspector__error" role="alert">
      <CircleExclamationPoint size={14} aria-hidden="true" />
      <span>{message}</span>
    </p>
  );
}
