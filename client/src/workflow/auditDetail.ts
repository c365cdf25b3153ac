/**
 * The server writes audit details for machines ("DU_THAO → DA_GUI_TU_VAN: note",
 * "move: III.1 …"); show status codes and outline verbs in the interface language.
 */
import { isStatusCode, STATUS_CODES } from '../../../shared/statuses.js';
import type { Lang } from '../i18n/lang.js';
import { statusName } from '../i18n/localized.js';
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';

const STATUS_PATTERN = new RegExp(`\\b(${STATUS_CODES.join('|')})\\b`, 'g');

const OUTLINE_VERBS: Record<string, MessageKey> = {
  create: 'wf.detail.create',
  update: 'wf.detail.update',
  move: 'wf.detail.move',
  delete: 'wf.detail.delete',
  restore: 'wf.detail.restore',
};

export function auditDetail(t: Translate, lang: Lang, action: string, detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  const text = typeof detail === 'string' ? detail : JSON.stringify(detail);
  if (action === 'status') {
    return text.replace(STATUS_PATTERN, (code) =>
      isStatusCode(code) ? statusName(lang, code) : code,
    );
  }
  if (action === 'outline') {
    const match = /^(\w+): (.*)$/s.exec(text);
    const key = match?.[1] ? OUTLINE_VERBS[match[1]] : undefined;
    if (match && key) return `${t(key)}: ${match[2] ?? ''}`;
  }
  return text;
}
