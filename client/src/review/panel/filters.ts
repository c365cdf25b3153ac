/** The panel's filters and the order of threads: as their passages appear in the text. */
import type { AnchorRange } from '../../../../shared/anchors.js';
import type { PublicUser } from '../../../../shared/model.js';
import type { Thread } from '../../../../shared/threads.js';

export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'mentions'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

export function matchesFilter(thread: Thread, filter: ThreadFilter, user: PublicUser): boolean {
  switch (filter) {
    case 'open':
      return thread.resolved === null;
    case 'resolved':
      return thread.resolved !== null;
    case 'mine':
      return (
        thread.author.id === user.id ||
        thread.messages.some((m) => !m.deleted && m.author.id === user.id)
      );
    case 'mentions':
      return thread.mentions.includes(user.agency);
  }
}

/** Passages in document order; detached and not yet placed ones after them, oldest first. */
export function inTextOrder(
  threads: readonly Thread[],
  ranges: ReadonlyMap<string, AnchorRange>,
): Thread[] {
  const position = (thread: Thread): number => {
    const range = ranges.get(thread.id);
    return range && !range.detached ? range.from : Number.MAX_SAFE_INTEGER;
  };
  return [...threads].sort(
    (a, b) => position(a) - position(b) || a.createdAt.localeCompare(b.createdAt),
  );
}
