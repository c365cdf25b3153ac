/**
 * A name, then one action on the server with it: saving a version of a section ("Lưu phiên
 * bản"), freezing an edition of the plan ("Chốt bản hồ sơ").
 */
import { useId, useState, type FormEvent } from 'react';
import { useAction } from '../api/useAction.js';
import { ActionError } from '../workflow/ActionError.js';

interface Props {
  testId: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  pendingLabel: string;
  maxLength: number;
  save: (name: string) => Promise<unknown>;
  onSaved: (name: string) => void;
}

export function NameForm(props: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || action.pending) return;
    if (await action.run(() => props.save(trimmed))) {
      setName('');
      props.onSaved(trimmed);
    }
  }

  return (
    <form className="take-version" onSubmit={(e) => void submit(e)} data-testid={props.testId}>
      <label htmlFor={id} className="take-version__label">
        {props.label}
      </label>
      <div className="take-version__row">
        <input
          id={id}
          className="input"
          value={name}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="button button--small"
          disabled={action.pending || name.trim() === ''}
        >
          {action.pending ? props.pendingLabel : props.submitLabel}
        </button>
      </div>
      <ActionError message={action.error} testId={`${props.testId}-error`} />
    </form>
  );
}
