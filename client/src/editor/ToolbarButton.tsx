import type { ReactNode } from 'react';

interface Props {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** For toggles (bold, lists…): announced as pressed / not pressed. */
  pressed?: boolean;
  /** An icon; without one the label itself is shown. */
  children?: ReactNode;
}

export function ToolbarButton({ label, onClick, disabled = false, pressed, children }: Props) {
  return (
    <button
      type="button"
      className={
        children === undefined ? 'toolbar__button toolbar__button--text' : 'toolbar__button'
      }
      aria-label={children === undefined ? undefined : label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the text selection in the editor when clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
