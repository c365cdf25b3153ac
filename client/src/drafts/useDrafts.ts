import { useEffect, useState } from 'react';
import { listDrafts, subscribeDrafts, type UnsentDraft } from './draftStore.js';

/** The current user's unsent drafts of one section, kept up to date. */
export function useDrafts(sectionId: string, userId: string): UnsentDraft[] {
  const [drafts, setDrafts] = useState(() => listDrafts(sectionId, userId));
  useEffect(() => {
    const reload = () => setDrafts(listDrafts(sectionId, userId));
    reload();
    return subscribeDrafts(reload);
  }, [sectionId, userId]);
  return drafts;
}
