/** The `user` the server writes into awareness: `{ id, name, agency, color }`. */
export interface AwarenessUser {
  id: string;
  name: string;
  agency: string;
  color: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function readAwarenessUser(state: unknown): AwarenessUser | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) return null;
  const user = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const fields = user as Record<string, unknown>;
  const name = text(fields.name);
  if (!name) return null;
  return { id: text(fields.id), name, agency: text(fields.agency), color: text(fields.color) };
}
