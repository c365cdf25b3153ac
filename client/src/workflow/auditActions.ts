/** The audit actions of docs/api.md, and their names in the interface language. */
import type { Translate } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/vi.js';

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'lock',
  'unlock',
  'assign',
  'status',
  'write-refused',
  'edit',
  'outline',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KEYS: Record<AuditAction, MessageKey> = {
  login: 'wf.action.login',
  'login-failed': 'wf.action.login-failed',
  logout: 'wf.action.logout',
  lock: 'wf.action.lock',
  unlock: 'wf.action.unlock',
  assign: 'wf.action.assign',
  status: 'wf.action.status',
  'write-refused': 'wf.action.write-refused',
  edit: 'wf.action.edit',
  outline: 'wf.action.outline',
};

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** A known action by its name; anything newer as the server spelled it. */
export function actionLabel(t: Translate, action: string): string {
  return isAuditAction(action) ? t(KEYS[action]) : action;
}
