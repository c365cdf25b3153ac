/**
 * The live plan room `plan:<planId>`: server-authored Y.Maps `sections` (id → section),
 * `threadStats` and `sectionFacts`. No IndexedDB here: the server is the only author, a reload
 * simply asks again.
 */
import { useEffect, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  CloseCode,
  PLAN_SECTION_FACTS_FIELD,
  PLAN_SECTIONS_FIELD,
  planRoomName,
} from '../../../shared/protocol/collab.js';
import { toSection } from '../api/mappers.js';
import { SectionWire } from '../../../shared/api/sections.js';
import { collabServerUrl } from '../collab/serverUrl.js';
import { watchLiveRegistry } from '../indicators/liveRegistry.js';
import { watchThreadStats } from '../review/threadStats.js';
import type { PlanSection } from './types.js';

export interface PlanRoom {
  /** null until the room has delivered its first state. */
  sections: ReadonlyMap<string, PlanSection> | null;
  live: boolean;
  /**
   * Goes up with every update of the room's document, whichever map it touched (sections,
   * thread stats, section facts): pages that show server-computed views refetch when it moves.
   */
  revision: number;
  /** When each section's text was last stored (section facts): the reader refetches on a change. */
  edits: ReadonlyMap<string, string>;
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

function readEdits(map: Y.Map<unknown>): Map<string, string> {
  const edits = new Map<string, string>();
  map.forEach((facts, id) => {
    if (typeof facts === 'object' && facts !== null && 'lastEditedAt' in facts) {
      if (typeof facts.lastEditedAt === 'string') edits.set(id, facts.lastEditedAt);
    }
  });
  return edits;
}

const NO_EDITS: ReadonlyMap<string, string> = new Map();

/** `onLoggedOut`: the server closed the room because the session ended (4401). */
export function usePlanRoom(planId: string, onLoggedOut: () => void): PlanRoom {
  const [room, setRoom] = useState<PlanRoom>({
    sections: null,
    live: false,
    revision: 0,
    edits: NO_EDITS,
  });
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
    const facts = doc.getMap<unknown>(PLAN_SECTION_FACTS_FIELD);
    // The room's `threadStats` feed the comment counters and live refetches (review/).
    const unwatchThreadStats = watchThreadStats(doc, provider, planId);
    // Its `indicators` and `indicatorFreezes` draw the references in the text (indicators/).
    const unwatchRegistry = watchLiveRegistry(doc, provider, planId);

    const update = () => {
      setRoom((current) => ({
        ...current,
        sections: provider.synced || map.size > 0 ? readSections(map) : null,
        live: provider.wsconnected && provider.synced,
      }));
    };
    const bump = () => setRoom((current) => ({ ...current, revision: current.revision + 1 }));
    const updateEdits = () => setRoom((current) => ({ ...current, edits: readEdits(facts) }));
    map.observeDeep(update);
    facts.observe(updateEdits);
    doc.on('update', bump);
    provider.on('sync', update);
    provider.on('status', update);
    provider.on('closed', ({ code }: { code: number }) => {
      if (code === CloseCode.loggedOut) loggedOutRef.current();
    });
    return () => {
      map.unobserveDeep(update);
      facts.unobserve(updateEdits);
      doc.off('update', bump);
      unwatchThreadStats();
      unwatchRegistry();
      provider.destroy();
      doc.destroy();
      // The revision never goes back: a value seen before must not look like "no change".
      setRoom((current) => ({ ...current, sections: null, live: false }));
    };
  }, [planId]);

  return room;
}
