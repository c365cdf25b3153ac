/**
 * A dialog that makes one call to the server: its fields, the server's refusal, Cancel and the
 * submit button (busy while the call runs). On success it hands `done` (the notice) to `onDone`.
 * Each workflow dialog only says what is its own: title, fields, call and wording.
 */
import { useId, type FormEvent, type ReactNode } from 'react';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from './ActionError.js';
import { Dialog } from './Dialog.js';

export interface DialogProps {
  onClose: () => void;
  onDone: (message: string) => void;
}

interface Props extends DialogProps {
  title: string;
  testId: string;
  /** The call to make; null while the form is not complete (the button is then disabled). */
  send: (() => Promise<unknown>) | null;
  /** The notice once the call went through. */
  done: string;
  submitLabel: string;
  submitTestId: string;
  cancelTestId?: string;
  /** Where focus goes first, for a confirmation; otherwise the first field. */
  focus?: 'submit' | 'cancel';
  /** A destructive action: a red button, whose wording stays while the call runs. */
  danger?: boolean;
  wide?: boolean;
  children: ReactNode;
}

export function DialogForm(props: Props) {
  const { send, done, onClose, onDone, focus, danger } = props;
  const t = useT();
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (send && (await action.run(send))) onDone(done);
  }

  const busyLabel = danger ? props.submitLabel : t('wf.saving');
  return (
    <Dialog
      open
      title={props.title}
      onClose={onClose}
      testId={props.testId}
      initialFocus={focus ? '[data-autofocus]' : undefined}
    >
      <form
        className={props.wide ? 'dialog__body dialog__body--wide' : 'dialog__body'}
        onSubmit={(e) => void submit(e)}
      >
        {props.children}
        <ActionError message={action.error} />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={onClose}
            data-autofocus={focus === 'cancel' || undefined}
            data-testid={props.cancelTestId}
          >
            {t('wf.cancel')}
          </button>
          <button
            type="submit"
            className={danger ? 'button button--danger-solid' : 'button button--primary'}
            disabled={action.pending || !send}
            data-autofocus={focus === 'submit' || undefined}
            data-testid={props.submitTestId}
          >
            {action.pending ? busyLabel : props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The note that goes with a lock or a status change (required when it is a reason). */
export function NoteField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  testId: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        value={props.value}
        maxLength={2000}
        required={props.required}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
    </>
  );
}
