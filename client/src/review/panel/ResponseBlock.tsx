/** The formal response of the owning agency, and for that agency the form to give or revise it. */
import { useState } from 'react';
import { RESPONSE_KINDS, type ResponseKind, type Thread } from '../../../../shared/threads.js';
import { useI18n } from '../../i18n/context.js';
import { agencyName, type AgencyDirectory } from '../../plan/agencies.js';
import { reviewApi } from '../api.js';
import { ResponseBadge } from '../ResponseBadge.js';
import { ResponseForm } from './ResponseForm.js';

/** A proposed edit not yet applied is answered here only by declining it, with a reason. */
const PROPOSAL_ANSWERS: readonly ResponseKind[] = ['rejected', 'explained'];

interface Props {
  thread: Thread;
  canRespond: boolean;
  agencies: AgencyDirectory;
  onChanged: (thread: Thread) => void;
}

export function ResponseBlock({ thread, canRespond, agencies, onChanged }: Props) {
  const { t, lang, dateTime } = useI18n();
  const [editing, setEditing] = useState(false);
  const { response } = thread;

  return (
    <div className="response">
      {response ? (
        <div className="response__given" data-testid="thread-response" data-kind={response.kind}>
          <p className="response__heading">
            <span className="visually-hidden">{t('review.response.title')}: </span>
            <ResponseBadge kind={response.kind} />
          </p>
          <p className="response__text" data-testid="response-text">
            {response.text}
          </p>
          <p className="byline">
            {t('review.response.by', {
              name: response.by.name,
              agency: agencyName(agencies, response.by.agency, lang),
              date: dateTime(response.at),
            })}
          </p>
        </div>
      ) : (
        <p className="response__pending">{t('review.response.pending')}</p>
      )}
      {canRespond &&
        (editing ? (
          <ResponseForm
            current={response}
            kinds={
              thread.proposal !== null && response?.kind !== 'accepted'
                ? PROPOSAL_ANSWERS
                : RESPONSE_KINDS
            }
            onCancel={() => setEditing(false)}
            onSave={async (kind, text) => {
              onChanged(await reviewApi.respond(thread.id, kind, text));
              setEditing(false);
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--small"
            data-testid="response-open"
            onClick={() => setEditing(true)}
          >
            {response ? t('review.response.revise') : t('review.response.record')}
          </button>
        ))}
    </div>
  );
}
