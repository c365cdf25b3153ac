/** Whether the section's document has synced with the server (before that, nothing is "detached"). */
import { useSyncExternalStore } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export function useSynced(provider: WebsocketProvider | null): boolean {
  return useSyncExternalStore(
    (onChange) => {
      provider?.on('sync', onChange);
      return () => provider?.off('sync', onChange);
    },
    () => provider?.synced ?? false,
  );
}
