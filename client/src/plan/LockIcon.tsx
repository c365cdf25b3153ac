import { useT } from '../i18n/context.js';

/** A padlock with an accessible name ("Đã khóa"). */
export function LockIcon({ title }: { title?: string }) {
  const t = useT();
  const label = title ?? t('plan.locked');
  return (
    <svg
      className="lock-icon"
      role="img"
      aria-label={label}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      focusable="false"
    >
      <title>{label}</title>
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V7H6V4.5Z"
      />
    </svg>
  );
}
