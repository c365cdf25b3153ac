/** The names of the audit actions (shared/audit.ts) in the interface language. */
import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/audit.js';
import type { Translate } from '../i18n/translate.js';

function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** A known action by its name (`wf.action.<action>`); anything newer as the server spelled it. */
export function actionLabel(t: Translate, action: string): string {
  return isAuditAction(action) ? t(`wf.action.${action}`) : action;
}
