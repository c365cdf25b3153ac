import type { ReactNode } from 'react';
import { useT } from '../i18n/context.js';

interface Props {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  /** For toggles (bold, lists…): announced as pressed / not pressed. */
  pressed?: boolean;
  /** Its keyboard shortcut, as `aria-keyshortcuts` writes it ("Control+Shift+E"). */
  shortcut?: string;
  /** An icon; without one the label itself is shown. */
  children?: ReactNode;
  testId?: string;
}

export function ToolbarButton({
  label,
  onClick,
  disabled = false,
  pressed,
  shortcut,
  children,
  testId,
}: Props) {
  const t = useT();
  const title = shortcut
    ? t('toolbar.shortcut', { label, keys: shortcut.replace('Control', 'Ctrl') })
    : label;
  return (
    <button
      type="button"
      className={
        children === undefined ? 'toolbar__button toolbar__button--text' : 'toolbar__button'
      }
      aria-label={children === undefined ? undefined : label}
      aria-keyshortcuts={shortcut}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      data-testid={testId}
      // Keep the text selection in the editor when clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}
