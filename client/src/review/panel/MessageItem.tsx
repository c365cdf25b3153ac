/** One message of a thread: byline, plain-text body, and edit/delete for its author. */
import { useState } from 'react';
import type { PublicUser } from '../../../../shared/model.js';
import { can } from '../../../../shared/policy.js';
import type { Thread, ThreadMessage } from '../../../../shared/threads.js';
import { useAction } from '../../api/useAction.js';
import { useT } from '../../i18n/context.js';
import type { AgencyDirectory } from '../../plan/agencies.js';
import { reviewApi } from '../api.js';
import { PersonLine } from '../PersonLine.js';
import { Failure } from './Failure.js';
import { TextForm } from './TextForm.js';

interface Props {
  message: ThreadMessage;
  user: PublicUser;
  agencies: AgencyDirectory;
  onChanged: (thread: Thread) => void;
}

type Mode = 'view' | 'edit' | 'confirm-delete';

export function MessageItem({ message, user, agencies, onChanged }: Props) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('view');
  const remove = useAction();
  const mine = !message.deleted && can(user, 'editMessage', { authorId: message.author.id });

  async function deleteMessage() {
    const done = await remove.run(async () => onChanged(await reviewApi.deleteMessage(message.id)));
    if (done) setMode('view');
  }

  return (
    <li className="message" data-testid="thread-message" data-message-id={message.id}>
      <PersonLine
        person={message.author}
        at={message.createdAt}
        agencies={agencies}
        edited={message.editedAt !== null && !message.deleted}
      />
      {message.deleted ? (
        <p className="message__body message__body--deleted">{t('review.message.deleted')}</p>
      ) : mode === 'edit' ? (
        <TextForm
          label={t('review.message.editLabel')}
          submitLabel={t('review.message.save')}
          initial={message.body}
          autoFocus
          testId="message-edit-form"
          onSubmit={async (body) => {
            onChanged(await reviewApi.editMessage(message.id, body));
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <p className="message__body" data-testid="message-body">
          {message.body}
        </p>
      )}
      {mine && mode === 'view' && (
        <div className="message__actions">
          <button type="button" className="link-button" onClick={() => setMode('edit')}>
            {t('review.message.edit')}
          </button>
          <button type="button" className="link-button" onClick={() => setMode('confirm-delete')}>
            {t('review.message.delete')}
          </button>
        </div>
      )}
      {mine && mode === 'confirm-delete' && (
        <div
          className="message__confirm"
          role="group"
          aria-label={t('review.message.confirmDelete')}
        >
          <span>{t('review.message.confirmDelete')}</span>
          <button
            type="button"
            className="button button--small button--danger"
            disabled={remove.pending}
            autoFocus
            onClick={() => void deleteMessage()}
          >
            {t('review.message.delete')}
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('view')}>
            {t('review.cancel')}
          </button>
        </div>
      )}
      <Failure message={remove.error} />
    </li>
  );
}
