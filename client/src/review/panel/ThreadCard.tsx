/** One thread: its passage (or that it is gone), the conversation, the formal answer, actions. */
import { useState, type Ref } from 'react';
import type { PublicUser } from '../../../../shared/model.js';
import { can } from '../../../../shared/policy.js';
import type { Thread } from '../../../../shared/threads.js';
import { useAction } from '../../api/useAction.js';
import { useI18n } from '../../i18n/context.js';
import type { AgencyDirectory } from '../../plan/agencies.js';
import type { PlanSection } from '../../plan/types.js';
import { reviewApi } from '../api.js';
import { Failure } from './Failure.js';
import { MessageItem } from './MessageItem.js';
import { ProposalBlock } from './ProposalBlock.js';

const isProposal = (thread: Thread): thread is Thread & { proposal: string } =>
  thread.proposal !== null;
import { ResponseBlock } from './ResponseBlock.js';
import { TextForm } from './TextForm.js';

interface Props {
  thread: Thread;
  section: PlanSection;
  user: PublicUser;
  agencies: AgencyDirectory;
  /** True once the document has synced and the passage no longer exists. */
  detached: boolean;
  /** A proposed edit whose passage is no longer the text it was proposed against. */
  stale: boolean;
  active: boolean;
  onChanged: (thread: Thread) => void;
  onShow: () => void;
  ref?: Ref<HTMLElement>;
}

export function ThreadCard(props: Props) {
  const { ref, thread, section, user, agencies, detached, active, onChanged } = props;
  const { t, dateTime } = useI18n();
  const [replying, setReplying] = useState(false);
  const toggle = useAction();
  const open = thread.resolved === null;
  const canReply = open && can(user, 'comment', section);
  const canResolve = can(user, 'resolveThread', { section, authorId: thread.author.id });
  const canRespond = can(user, 'respond', section);

  const setResolved = (resolved: boolean) =>
    void toggle.run(async () => onChanged(await reviewApi.setResolved(thread.id, resolved)));

  const classes = ['thread', active && 'thread--active', !open && 'thread--resolved'];
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={classes.filter(Boolean).join(' ')}
      aria-label={t('review.thread.label', { name: thread.author.name })}
      data-testid="thread"
      data-thread-id={thread.id}
      data-state={open ? 'open' : 'resolved'}
      data-detached={detached || undefined}
    >
      {detached ? (
        <div className="thread__passage thread__passage--detached">
          <p className="thread__detached" data-testid="thread-detached">
            {t('review.thread.detached')}
          </p>
          <blockquote className="thread__quote" data-testid="thread-quote">
            {thread.quote}
          </blockquote>
        </div>
      ) : (
        <button
          type="button"
          className="thread__passage thread__show"
          onClick={props.onShow}
          title={t('review.thread.show')}
        >
          <span className="visually-hidden">{t('review.thread.show')}: </span>
          <span className="thread__quote" data-testid="thread-quote">
            {thread.quote}
          </span>
        </button>
      )}
      {isProposal(thread) && (
        <ProposalBlock
          thread={thread}
          section={section}
          user={user}
          stale={props.stale}
          onChanged={onChanged}
        />
      )}
      <ol className="thread__messages">
        {thread.messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            user={user}
            agencies={agencies}
            onChanged={onChanged}
          />
        ))}
      </ol>
      <ResponseBlock
        thread={thread}
        canRespond={canRespond}
        agencies={agencies}
        onChanged={onChanged}
      />
      {thread.resolved && (
        <p className="thread__resolved" data-testid="thread-resolved">
          {t('review.thread.resolvedBy', {
            name: thread.resolved.by.name,
            date: dateTime(thread.resolved.at),
          })}
        </p>
      )}
      {replying && canReply && (
        <TextForm
          label={t('review.reply.label')}
          submitLabel={t('review.reply.submit')}
          hint={t('review.new.mentionHint')}
          autoFocus
          testId="reply-form"
          onSubmit={async (body) => {
            onChanged(await reviewApi.reply(thread.id, body));
            setReplying(false);
          }}
          onCancel={() => setReplying(false)}
        />
      )}
      <div className="thread__actions">
        {canReply && !replying && (
          <button
            type="button"
            className="button button--small"
            data-testid="reply-open"
            onClick={() => setReplying(true)}
          >
            {t('review.reply.label')}
          </button>
        )}
        {canResolve && (
          <button
            type="button"
            className="button button--small"
            disabled={toggle.pending}
            data-testid={open ? 'thread-resolve' : 'thread-reopen'}
            onClick={() => setResolved(open)}
          >
            {open ? t('review.thread.resolve') : t('review.thread.reopen')}
          </button>
        )}
      </div>
      <Failure message={toggle.error} />
    </article>
  );
}
