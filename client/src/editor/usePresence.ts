/** Who is in this section, from awareness: one entry per person, however many windows. */
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { readAwarenessUser, type AwarenessUser } from './awarenessUser.js';

export interface Present extends AwarenessUser {
  key: string;
  windows: number;
  self: boolean;
}

function collect(provider: WebsocketProvider, selfId: string): Present[] {
  const people = new Map<string, Present>();
  for (const [clientId, state] of provider.awareness.getStates()) {
    const user = readAwarenessUser(state);
    if (!user) continue;
    const key = user.id || `client-${clientId}`;
    const known = people.get(key);
    if (known) known.windows += 1;
    else people.set(key, { ...user, key, windows: 1, self: user.id === selfId });
  }
  return [...people.values()].sort(
    (a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'vi'),
  );
}

export function usePresence(provider: WebsocketProvider, selfId: string): Present[] {
  const [people, setPeople] = useState<Present[]>(() => collect(provider, selfId));
  useEffect(() => {
    const update = () => setPeople(collect(provider, selfId));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider, selfId]);
  return people;
}
