import type { ReactNode } from 'react';

interface IconButtonProps {
  label: string;
  icon: ReactNode;
  onClick?: () => void;
  disabled?: boolean;
  pressed?: boolean;
}

/** An icon-only button whose accessible name is also its tooltip. */
export function IconButton({ label, icon, onClick, disabled, pressed }: IconButtonProps) {
  return (
    <button
      type="button"
      className="sf-icon-button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
