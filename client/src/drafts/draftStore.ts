/**
 * Unsent drafts: text the server refused, kept in this browser's localStorage under
 * `planfold.draft.<sectionId>.<timestamp>`. Private to the person who wrote it.
 */
import * as z from 'zod/mini';

const PREFIX = 'planfold.draft.';
const CHANGED = 'planfold:drafts-changed';

const DraftRecord = z.object({
  sectionId: z.string(),
  userId: z.string(),
  at: z.number(),
  reason: z.string(),
  text: z.string(),
  html: z.nullable(z.string()),
});
export type DraftRecord = z.infer<typeof DraftRecord>;
export interface UnsentDraft extends DraftRecord {
  key: string;
}

/** Drafts that storage refused (quota, private mode): kept for this page rather than lost. */
const memoryDrafts = new Map<string, DraftRecord>();

const keyFor = (draft: DraftRecord) => `${PREFIX}${draft.sectionId}.${draft.at}`;
const notify = () => window.dispatchEvent(new Event(CHANGED));

export function saveDraft(draft: DraftRecord): string {
  let key = keyFor(draft);
  let n = 1;
  while (localStorage.getItem(key) !== null || memoryDrafts.has(key))
    key = `${keyFor(draft)}-${n++}`;
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    memoryDrafts.set(key, draft);
  }
  notify();
  return key;
}

function readStored(key: string): DraftRecord | null {
  const raw = localStorage.getItem(key);
  if (raw === null) return null;
  try {
    const parsed = DraftRecord.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function listDrafts(sectionId: string, userId: string): UnsentDraft[] {
  const prefix = `${PREFIX}${sectionId}.`;
  const found: UnsentDraft[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(prefix)) continue;
    const record = readStored(key);
    if (record) found.push({ ...record, key });
  }
  for (const [key, record] of memoryDrafts) {
    if (key.startsWith(prefix)) found.push({ ...record, key });
  }
  return found
    .filter((d) => d.sectionId === sectionId && d.userId === userId)
    .sort((a, b) => b.at - a.at);
}

export function deleteDraft(key: string): void {
  memoryDrafts.delete(key);
  localStorage.removeItem(key);
  notify();
}

/** Changes from this tab and (via the storage event) from other tabs. */
export function subscribeDrafts(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', onStorage);
  };
}
