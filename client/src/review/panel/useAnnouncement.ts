/**
 * What the aria-live region says when others add comments or replies (live updates, no reload).
 * The first load and one's own messages are not announced.
 */
import { useEffect, useRef, useState } from 'react';
import type { Thread } from '../../../../shared/threads.js';
import { useT } from '../../i18n/context.js';

export function useAnnouncement(threads: readonly Thread[] | null, selfId: string): string {
  const t = useT();
  const seen = useRef<Set<string> | null>(null);
  const [text, setText] = useState('');

  useEffect(() => {
    if (!threads) return;
    const ids = new Set(threads.flatMap((th) => [th.id, ...th.messages.map((m) => m.id)]));
    const before = seen.current;
    seen.current = ids;
    if (!before) return;
    for (const thread of threads) {
      if (!before.has(thread.id)) {
        if (thread.author.id !== selfId)
          setText(t('review.live.new', { name: thread.author.name }));
        continue;
      }
      const reply = thread.messages.find((m) => !before.has(m.id) && m.author.id !== selfId);
      if (reply) setText(t('review.live.reply', { name: reply.author.name }));
    }
  }, [threads, selfId, t]);

  return text;
}
