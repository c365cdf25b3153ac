/** "Lưu phiên bản": a name, then the version is taken on the server. */
import { useId, useState, type FormEvent } from 'react';
import { VERSION_NAME_MAX } from '../../../shared/versions/model.js';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { versionsApi } from './api.js';

export function TakeVersionForm({
  sectionId,
  onTaken,
}: {
  sectionId: string;
  onTaken: (name: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const action = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || action.pending) return;
    if (await action.run(() => versionsApi.take(sectionId, trimmed))) {
      setName('');
      onTaken(trimmed);
    }
  }

  return (
    <form className="take-version" onSubmit={(e) => void submit(e)} data-testid="take-version">
      <label htmlFor={id} className="take-version__label">
        {t('ver.take.name')}
      </label>
      <div className="take-version__row">
        <input
          id={id}
          className="input"
          value={name}
          maxLength={VERSION_NAME_MAX}
          placeholder={t('ver.take.placeholder')}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="button button--small"
          disabled={action.pending || name.trim() === ''}
        >
          {t('ver.take')}
        </button>
      </div>
      <ActionError message={action.error} testId="take-version-error" />
    </form>
  );
}
