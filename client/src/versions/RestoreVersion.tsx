/**
 * "Khôi phục": the owning agency brings a version's text back as a new change, after saying yes
 * once; the text it replaces is kept as a version, and "Hoàn tác" restores that one.
 */
import { useState } from 'react';
import { useAction } from '../api/useAction.js';
import { useT } from '../i18n/context.js';
import { ActionError } from '../workflow/ActionError.js';
import { versionsApi } from './api.js';
import type { Version } from './wire.js';

interface RestoreProps {
  version: Version;
  name: string;
  /** `before` holds the text the restore replaced. */
  onRestored: (before: Version) => void;
}

export function RestoreButton({ version, name, onRestored }: RestoreProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const action = useAction();
  const confirm = async () => {
    let before: Version | null = null;
    const done = await action.run(async () => {
      before = await versionsApi.restore(version.sectionId, version.id);
    });
    if (done && before) {
      setAsking(false);
      onRestored(before);
    }
  };
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        {t('ver.restore')}
      </button>
    );
  }
  return (
    <div className="restore-confirm" role="group" aria-label={t('ver.restore.ask', { name })}>
      <p className="restore-confirm__text">{t('ver.restore.ask', { name })}</p>
      <div className="restore-confirm__actions">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={action.pending}
          onClick={() => void confirm()}
        >
          {action.pending ? t('ver.restore.pending') : t('ver.restore.confirm')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={action.pending}
          onClick={() => setAsking(false)}
        >
          {t('ver.restore.cancel')}
        </button>
      </div>
      <ActionError message={action.error} testId="restore-error" />
    </div>
  );
}

/** Said after a restore, with the way back. */
export function RestoredNotice({
  name,
  before,
  onUndone,
}: {
  name: string;
  before: Version;
  onUndone: () => void;
}) {
  const t = useT();
  const action = useAction();
  const undo = async () => {
    if (await action.run(() => versionsApi.restore(before.sectionId, before.id))) onUndone();
  };
  return (
    <div className="restored-notice" data-testid="restored-notice">
      <p role="status">{t('ver.restore.done', { name })}</p>
      <button
        type="button"
        className="button button--small"
        disabled={action.pending}
        onClick={() => void undo()}
      >
        {t('ver.restore.undo')}
      </button>
      <ActionError message={action.error} testId="undo-restore-error" />
    </div>
  );
}
