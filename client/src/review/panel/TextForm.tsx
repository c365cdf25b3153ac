/** A labelled text area with submit and cancel: new comments, replies, edits. */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { MAX_MESSAGE_LENGTH } from '../../../../shared/threads.js';
import { useAction } from '../../api/useAction.js';
import { useT } from '../../i18n/context.js';

interface Props {
  label: string;
  submitLabel: string;
  initial?: string;
  hint?: string;
  /** Extra fields above the text (e.g. the kind of a formal response). */
  children?: ReactNode;
  autoFocus?: boolean;
  testId: string;
  onSubmit: (text: string) => Promise<void>;
  onCancel?: () => void;
}

export function TextForm(props: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(props.initial ?? '');
  const [missing, setMissing] = useState(false);
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = text.trim();
    setMissing(body === '');
    if (body === '' || action.pending) return;
    if (await action.run(() => props.onSubmit(body))) setText('');
  }

  const error = missing
    ? t('review.required')
    : action.error && t('review.failed', { message: action.error });
  return (
    <form className="text-form" onSubmit={(e) => void submit(e)} data-testid={props.testId}>
      {props.children}
      <label htmlFor={`${id}-text`} className="text-form__label">
        {props.label}
      </label>
      <textarea
        id={`${id}-text`}
        className="text-form__input"
        value={text}
        rows={3}
        maxLength={MAX_MESSAGE_LENGTH}
        autoFocus={props.autoFocus}
        aria-invalid={missing || undefined}
        aria-describedby={`${props.hint ? `${id}-hint ` : ''}${id}-error`}
        onChange={(e) => {
          setText(e.target.value);
          if (missing) setMissing(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
          if (e.key === 'Escape' && props.onCancel) props.onCancel();
        }}
      />
      {props.hint && (
        <p id={`${id}-hint`} className="text-form__hint">
          {props.hint}
        </p>
      )}
      <p id={`${id}-error`} className="text-form__error" role="alert">
        {error}
      </p>
      <div className="text-form__actions">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={action.pending}
        >
          {action.pending ? t('review.sending') : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--small" onClick={props.onCancel}>
            {t('review.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
