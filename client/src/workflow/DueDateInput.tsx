/**
 * A due date that saves itself: when the person stops changing it (or leaves the field), if it
 * is a complete date or empty. Follows live changes from others while not being edited.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  value: string | null;
  label: string;
  onCommit: (next: string | null) => void;
  testId?: string;
}

const SETTLE_MS = 700;
const valid = (text: string) => text === '' || /^(19|20|21)\d\d-\d\d-\d\d$/.test(text);

export function DueDateInput({ value, label, onCommit, testId }: Props) {
  const [text, setText] = useState(value ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const committed = useRef(value ?? '');

  useEffect(() => {
    committed.current = value ?? '';
    if (document.activeElement !== inputRef.current) setText(value ?? '');
  }, [value]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const commit = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!valid(next) || next === committed.current) return;
    committed.current = next;
    onCommit(next === '' ? null : next);
  };

  return (
    <input
      ref={inputRef}
      type="date"
      className="input--compact"
      value={text}
      aria-label={label}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), SETTLE_MS);
      }}
      onBlur={() => commit(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(text);
      }}
      data-testid={testId}
    />
  );
}
