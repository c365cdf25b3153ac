/**
 * The live plan room `plan:<planId>`: a server-authored Y.Map `sections` (id → section).
 * No IndexedDB here: the server is the only author, a reload simply asks again.
 */
import { useEffect, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, PLAN_SECTIONS_FIELD, planRoomName } from '../../../shared/protocol/collab.js';
import { toSection } from '../api/mappers.js';
import { SectionWire } from '../api/wire.js';
import { collabServerUrl } from '../collab/serverUrl.js';
import { watchThreadStats } from '../review/threadStats.js';
import type { PlanSection } from './types.js';

export interface PlanRoom {
  /** null until the room has delivered its first state. */
  sections: ReadonlyMap<string, PlanSection> | null;
  live: boolean;
}

function readSections(map: Y.Map<unknown>): Map<string, PlanSection> {
  const sections = new Map<string, PlanSection>();
  for (const [id, value] of Object.entries(map.toJSON())) {
    const parsed = SectionWire.safeParse(value);
    if (parsed.success) sections.set(id, toSection(parsed.data));
    else console.warn(`Ignoring malformed section ${id} from the plan room`);
  }
  return sections;
}

/** `onLoggedOut`: the server closed the room because the session ended (4401). */
export function usePlanRoom(planId: string, onLoggedOut: () => void): PlanRoom {
  const [room, setRoom] = useState<PlanRoom>({ sections: null, live: false });
  const loggedOutRef = useRef(onLoggedOut);
  loggedOutRef.current = onLoggedOut;

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(collabServerUrl(), planRoomName(planId), doc, {
      disableBc: true,
    });
    // Nobody needs to see who reads the outline; keep this socket silent.
    provider.awareness.setLocalState(null);
    const map = doc.getMap<unknown>(PLAN_SECTIONS_FIELD);
    // The room's `threadStats` feed the comment counters and live refetches (review/).
    const unwatchThreadStats = watchThreadStats(doc, provider, planId);

    const update = () => {
      setRoom({
        sections: provider.synced || map.size > 0 ? readSections(map) : null,
        live: provider.wsconnected && provider.synced,
      });
    };
    map.observeDeep(update);
    provider.on('sync', update);
    provider.on('status', update);
    provider.on('closed', ({ code }: { code: number }) => {
      if (code === CloseCode.loggedOut) loggedOutRef.current();
    });
    return () => {
      map.unobserveDeep(update);
      unwatchThreadStats();
      provider.destroy();
      doc.destroy();
      setRoom({ sections: null, live: false });
    };
  }, [planId]);

  return room;
}
