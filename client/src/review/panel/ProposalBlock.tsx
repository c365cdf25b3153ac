/**
 * A proposed edit (đề xuất sửa) in its thread: the passage struck, the proposed text underlined
 * (marked by line and by words, not colour alone); stale once the passage changed; the owning
 * agency applies it with one click (Tiếp thu) or answers it with a reason below.
 */
import type { Editor } from '@tiptap/core';
import type { AnchorRange } from '../../../../shared/anchors.js';
import type { PublicUser } from '../../../../shared/model.js';
import { can } from '../../../../shared/policy.js';
import type { Thread } from '../../../../shared/threads.js';
import { useAction } from '../../api/useAction.js';
import { useT } from '../../i18n/context.js';
import type { PlanSection } from '../../plan/types.js';
import { reviewApi } from '../api.js';
import { Failure } from './Failure.js';

/** A proposal whose passage no longer reads as its quote (edited since, or gone). */
export function isStale(editor: Editor, thread: Thread, range: AnchorRange | undefined): boolean {
  if (thread.proposal === null || thread.response?.kind === 'accepted') return false;
  if (!range || range.detached) return true;
  const size = editor.state.doc.content.size;
  if (range.to > size) return true;
  return editor.state.doc.textBetween(range.from, range.to, '\n', ' ').trim() !== thread.quote;
}

interface Props {
  thread: Thread & { proposal: string };
  section: PlanSection;
  user: PublicUser;
  stale: boolean;
  onChanged: (thread: Thread) => void;
}

export function ProposalBlock({ thread, section, user, stale, onChanged }: Props) {
  const t = useT();
  const action = useAction();
  const applied = thread.response?.kind === 'accepted';
  const mayApply =
    !applied && thread.resolved === null && can(user, 'ownerEdit', section) && !stale;
  return (
    <div className="proposal" data-testid="proposal" data-stale={stale || undefined}>
      <p className="proposal__title">
        {t(applied ? 'review.proposal.applied' : 'review.proposal.title')}
      </p>
      <p className="proposal__change">
        <span className="visually-hidden">{t('review.proposal.from')}: </span>
        <del>{thread.quote}</del> <span aria-hidden="true">→</span>{' '}
        <span className="visually-hidden">{t('review.proposal.to')}: </span>
        <ins data-testid="proposal-ins">{thread.proposal}</ins>
      </p>
      {stale && (
        <p className="proposal__stale" data-testid="proposal-stale">
          {t('review.proposal.stale')}
        </p>
      )}
      {mayApply && (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={action.pending}
          data-testid="proposal-accept"
          onClick={() => void action.run(async () => onChanged(await reviewApi.accept(thread.id)))}
        >
          {action.pending ? t('review.proposal.applying') : t('review.proposal.accept')}
        </button>
      )}
      <Failure message={action.error} />
    </div>
  );
}
