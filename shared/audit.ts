/** The actions the audit log records (docs/api.md "Audit log"), shared by the store, the API and the client. */
export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'lock',
  'unlock',
  'assign',
  'status',
  'write-refused',
  /** A WebSocket closed for how it behaved (over a budget, not reading); `detail` says which. */
  'connection-closed',
  'edit',
  'outline',
  'import',
  'indicator',
  'user',
  'password-reset',
  'password-change',
  'agency',
  'plan',
  'version',
  'restore',
  'proposal',
  'edition',
  /** A figure's file was uploaded (or one the plan already had was used again). */
  'upload',
  /** A stored section the server cannot process was made read-only. */
  'quarantine',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
