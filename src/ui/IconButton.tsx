import type { ReactNode } from 'react';

interface IconButtonProps {
  label: string;
  icon: ReactNode;
  onClick?: () => void;
  disabled?: boolean;
  pressed?: boolean;
  /** Shown on hover instead of the label: why the button is off, for one. */
  tooltip?: string;
}

/** An icon-only button whose accessible name is also its tooltip, unless a reason replaces it. */
export function IconButton({ label, icon, onClick, disabled, pressed, tooltip }: IconButtonProps) {
  return (
    <button
      type="button"
      className="sf-icon-button"
      aria-label={label}
      title={tooltip ?? label}
      onClick={onClick}
      disabled={disabled}
      aria-pressed={pressed}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}
