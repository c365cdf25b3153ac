/** "Góp ý": the section's review threads beside the editor, live, with filters and highlights. */
import type { Editor } from '@tiptap/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { can } from '../../../../shared/policy.js';
import { useUser } from '../../auth/context.js';
import { useI18n } from '../../i18n/context.js';
import type { AgencyDirectory } from '../../plan/agencies.js';
import type { PlanSection } from '../../plan/types.js';
import { reviewApi } from '../api.js';
import { useHighlights } from '../highlights/useHighlights.js';
import { passageFromSelection, type SelectedPassage } from '../highlights/yBinding.js';
import { useSectionThreads } from '../useSectionThreads.js';
import { CommentBubble } from './CommentBubble.js';
import { inTextOrder, matchesFilter, THREAD_FILTERS, type ThreadFilter } from './filters.js';
import { NewThreadForm, StartThreadButton } from './NewThread.js';
import { isStale } from './ProposalBlock.js';
import { PanelHeader } from './PanelHeader.js';
import { revealCard } from './reveal.js';
import { ThreadCard } from './ThreadCard.js';
import { ThreadFilters } from './ThreadFilters.js';
import { useAnnouncement } from './useAnnouncement.js';
import { useCommentShortcut } from './useCommentShortcut.js';
import { useFocusRequest } from './useFocusRequest.js';
import { useSynced } from './useSynced.js';

interface Props {
  section: PlanSection;
  agencies: AgencyDirectory;
  editor: Editor | null;
  provider: WebsocketProvider | null;
}

export function CommentsPanel({ section, agencies, editor, provider }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const { threads, error, apply, reload } = useSectionThreads(section.id);
  const { ranges, activeId, activation, activate } = useHighlights(editor, threads);
  const synced = useSynced(provider);
  const announcement = useAnnouncement(threads, user.id);
  const request = useFocusRequest();
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [draft, setDraft] = useState<SelectedPassage | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLElement>());
  const canComment = can(user, 'comment', section);

  const all = useMemo(() => threads ?? [], [threads]);
  const visible = useMemo(
    () =>
      inTextOrder(
        all.filter((th) => matchesFilter(th, filter, user)),
        ranges,
      ),
    [all, filter, user, ranges],
  );
  const counts = useMemo(
    () =>
      Object.fromEntries(
        THREAD_FILTERS.map((f) => [f, all.filter((th) => matchesFilter(th, f, user)).length]),
      ) as Record<ThreadFilter, number>,
    [all, user],
  );

  // A highlight was clicked (or a thread chosen): show its card, switching filter if needed.
  const shown = useRef(0);
  useEffect(() => {
    if (!activeId || shown.current === activation) return;
    const thread = all.find((th) => th.id === activeId);
    if (thread && !matchesFilter(thread, filter, user)) {
      setFilter(thread.resolved ? 'resolved' : 'open');
      return;
    }
    const card = cards.current.get(activeId);
    if (!card) return;
    shown.current = activation;
    revealCard(card);
  }, [activeId, activation, all, filter, user]);

  // Move keyboard focus to a card once it is on screen (a new thread, or ?thread= from the inbox).
  useEffect(() => {
    const card = focusId ? cards.current.get(focusId) : undefined;
    if (!card) return;
    card.focus({ preventScroll: true });
    revealCard(card);
    setFocusId(null);
  }, [focusId, visible]);

  // Opened from the inbox: focus the thread and its passage once both exist.
  useEffect(() => {
    const id = request.requested;
    if (!id || threads === null) return;
    const thread = threads.find((th) => th.id === id);
    if (!thread) return request.done();
    const range = ranges.get(id);
    if (thread.resolved === null && editor && synced && !range) return; // not placed yet
    setFilter(thread.resolved ? 'resolved' : 'open');
    activate(id, true);
    setFocusId(id);
    request.done();
  }, [request, threads, ranges, editor, synced, activate]);

  const start = () => {
    const passage = editor ? passageFromSelection(editor.state) : null;
    if (passage) setDraft(passage);
  };

  useCommentShortcut(canComment && !draft ? editor : null, start);

  async function submit(passage: SelectedPassage, body: string, proposal?: string) {
    const input = { ...passage, body, ...(proposal === undefined ? {} : { proposal }) };
    const thread = await reviewApi.open(section.id, input);
    apply(thread);
    setDraft(null);
    setFilter('open');
    activate(thread.id);
    setFocusId(thread.id);
  }

  return (
    <section
      className="panel comments"
      aria-labelledby="comments-heading"
      data-testid="comments-panel"
    >
      <PanelHeader sectionId={section.id} count={counts.open} />
      {canComment &&
        (draft ? (
          <NewThreadForm
            passage={draft}
            onSubmit={(body, proposal) => submit(draft, body, proposal)}
            onCancel={() => setDraft(null)}
          />
        ) : (
          <StartThreadButton editor={editor} onStart={start} />
        ))}
      {canComment && editor && !draft && <CommentBubble editor={editor} onComment={start} />}
      <ThreadFilters value={filter} counts={counts} onChange={setFilter} />
      <p className="visually-hidden" aria-live="polite" data-testid="comments-live">
        {announcement}
      </p>
      {error && (
        <div className="text-form__error" role="alert">
          {t('review.failed', { message: error })}{' '}
          <button type="button" className="link-button" onClick={reload}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {threads === null ? (
        !error && <p className="loading">{t('review.panel.loading')}</p>
      ) : visible.length === 0 ? (
        <p className="comments__empty">{t('review.filter.empty')}</p>
      ) : (
        <ol className="comments__list" data-testid="thread-list">
          {visible.map((thread) => {
            const range = ranges.get(thread.id);
            return (
              <li key={thread.id}>
                <ThreadCard
                  ref={(element) => {
                    if (element) cards.current.set(thread.id, element);
                    else cards.current.delete(thread.id);
                  }}
                  thread={thread}
                  section={section}
                  user={user}
                  agencies={agencies}
                  detached={synced && range?.detached === true}
                  stale={synced && editor !== null && isStale(editor, thread, range)}
                  active={thread.id === activeId}
                  onChanged={apply}
                  onShow={() => activate(thread.id, true)}
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
