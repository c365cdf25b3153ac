/**
 * The chosen sections' text, kept live: read once for the scope (and again when the outline's
 * shape changes), then one section again whenever the plan room says its text was stored anew.
 */
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/errorMessage.js';
import { useT } from '../i18n/context.js';
import { readerApi } from './api.js';
import type { ReaderEntry } from './wire.js';

export interface ReaderContent {
  entries: ReaderEntry[] | null;
  error: string | null;
  /** Sections being read again right now. */
  refreshing: ReadonlySet<string>;
}

export function useReaderContent(
  planId: string,
  scope: string | null,
  /** Moves when sections are added, removed or moved: the list itself is read again. */
  shape: string,
  edits: ReadonlyMap<string, string>,
): ReaderContent {
  const t = useT();
  const [entries, setEntries] = useState<ReaderEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());
  /** The edit time of each section's text as last read. */
  const seen = useRef(new Map<string, string | undefined>());
  const editsRef = useRef(edits);
  editsRef.current = edits;

  useEffect(() => {
    let current = true;
    const at = new Map(editsRef.current);
    readerApi.plan(planId, scope).then(
      (read) => {
        if (!current) return;
        seen.current = new Map(read.map((e) => [e.id, at.get(e.id)]));
        setEntries(read);
        setError(null);
      },
      (failure: unknown) => current && setError(errorMessage(t, failure)),
    );
    return () => {
      current = false;
    };
  }, [planId, scope, shape, t]);

  useEffect(() => {
    if (!entries) return;
    const stale = entries.filter(
      (e) => !e.headingOnly && edits.has(e.id) && edits.get(e.id) !== seen.current.get(e.id),
    );
    for (const entry of stale) {
      const at = edits.get(entry.id);
      seen.current.set(entry.id, at);
      setRefreshing((now) => new Set([...now, entry.id]));
      readerApi
        .section(entry.id)
        .then(
          (content) => {
            // A later edit may have been read meanwhile: keep only the newest answer.
            if (seen.current.get(entry.id) !== at) return;
            setEntries((list) =>
              list ? list.map((e) => (e.id === entry.id ? { ...e, content } : e)) : list,
            );
          },
          (failure: unknown) => setError(errorMessage(t, failure)),
        )
        .finally(() => setRefreshing((now) => new Set([...now].filter((id) => id !== entry.id))));
    }
  }, [edits, entries, t]);

  return { entries, error, refreshing };
}
