import { randomUUID } from 'node:crypto';
import { deflateSync, inflateSync } from 'fflate';
import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { compareDocuments, type Comparison } from '../../shared/diff/compare.js';
import type { PmNode } from '../../shared/diff/blocks.js';
import { contentSchema } from '../../shared/editor/content.js';
import type { StatusCode } from '../../shared/statuses.js';
import type { VersionKind, VersionView } from '../../shared/versions/model.js';
import type { RoomRegistry } from '../collab/roomRegistry.js';
import { notFound } from '../errors.js';
import { attribute, authoredBlocks, type PassageAuthors } from './attribution.js';
import type { Store } from '../store/store.js';
import type { StoredVersion } from '../store/versions.js';
import { bodyAsJson, currentState, docFromUpdates } from './sectionState.js';

/** Who wrote the insertions of a comparison, and their names and agencies by user id. */
export interface Authorship {
  passages: PassageAuthors[];
  users: Record<string, { name: string; agency: string }>;
}

export interface VersionRequest {
  kind: VersionKind;
  name: string;
  status: StatusCode;
  actorId: string | null;
  editionId?: string | null;
}

/** `current` or a version's id. */
export type VersionRef = string;
export const CURRENT = 'current';

/**
 * Takes and reads versions of sections. A version is stored as the Yjs diff of the section's
 * state against the previous version's state vector, deflated: a version costs what changed
 * since the one before it (plus the delete set), not a copy of the section. Versions of one
 * section are taken one at a time, so each diff is against the version stored just before it.
 */
export class VersionService {
  private readonly schema: Schema = contentSchema();
  private readonly taking = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly registry: RoomRegistry,
  ) {}

  /** Takes a version of the text of now, or of `state` when the caller read it already. */
  capture(sectionId: string, request: VersionRequest, state?: Uint8Array): Promise<VersionView> {
    const previous = this.taking.get(sectionId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.take(sectionId, request, state));
    this.taking.set(sectionId, next);
    void next
      .finally(() => {
        if (this.taking.get(sectionId) === next) this.taking.delete(sectionId);
      })
      .catch(() => undefined);
    return next;
  }

  async list(sectionId: string): Promise<VersionView[]> {
    return (await this.store.versions.list(sectionId)).map((v) => v.view);
  }

  /** The section's Yjs state at a version, or now. */
  async state(sectionId: string, ref: VersionRef): Promise<Uint8Array> {
    if (ref === CURRENT) return currentState(sectionId, this.registry, this.store.documents);
    const version = await this.get(sectionId, ref);
    return Y.encodeStateAsUpdate(await this.replay(version));
  }

  async content(sectionId: string, ref: VersionRef): Promise<PmNode> {
    const doc = docFromUpdates([await this.state(sectionId, ref)]);
    try {
      return bodyAsJson(doc, this.schema);
    } finally {
      doc.destroy();
    }
  }

  async compare(sectionId: string, from: VersionRef, to: VersionRef): Promise<Comparison> {
    const [before, after] = await Promise.all([
      this.content(sectionId, from),
      this.content(sectionId, to),
    ]);
    return compareDocuments(before, after);
  }

  /** `compare`, with who wrote each insertion (from the newer text's Yjs client ids). */
  async compareWithAuthors(
    sectionId: string,
    from: VersionRef,
    to: VersionRef,
  ): Promise<{ comparison: Comparison; authors: Authorship }> {
    const [before, after] = await Promise.all([
      this.content(sectionId, from),
      this.state(sectionId, to),
    ]);
    const doc = docFromUpdates([after]);
    try {
      const comparison = compareDocuments(before, bodyAsJson(doc, this.schema));
      const owners = await this.store.clientAuthors.ofSection(sectionId);
      const passages = attribute(comparison, authoredBlocks(doc), owners);
      const ids = new Set(passages.flatMap((p) => p.authors));
      const users: Authorship['users'] = {};
      for (const id of ids) {
        const user = await this.store.users.byId(id);
        if (user) users[id] = { name: user.name, agency: user.agency };
      }
      return { comparison, authors: { passages, users } };
    } finally {
      doc.destroy();
    }
  }

  /** A version of the section (404 for one of another section). */
  async get(sectionId: string, id: string): Promise<StoredVersion> {
    const version = await this.store.versions.get(id);
    if (!version || version.view.sectionId !== sectionId) throw notFound('Version');
    return version;
  }

  private async replay(version: StoredVersion): Promise<Y.Doc> {
    const chain = await this.store.versions.chain(version.view.sectionId, version.view.seq);
    return docFromUpdates(chain.map((data) => inflateSync(data)));
  }

  private async take(
    sectionId: string,
    request: VersionRequest,
    given: Uint8Array | undefined,
  ): Promise<VersionView> {
    const state = given ?? (await currentState(sectionId, this.registry, this.store.documents));
    const doc = docFromUpdates([state]);
    const previous = await this.store.versions.latest(sectionId);
    const before = previous ? await this.replay(previous) : new Y.Doc();
    try {
      const diff = previous ? Y.diffUpdate(state, previous.stateVector) : state;
      const { wordsAdded, wordsRemoved } = compareDocuments(
        bodyAsJson(before, this.schema),
        bodyAsJson(doc, this.schema),
      );
      const row = {
        id: randomUUID(),
        section_id: sectionId,
        kind: request.kind,
        name: request.name,
        status: request.status,
        created_by: request.actorId,
        created_at: new Date().toISOString(),
        edition_id: request.editionId ?? null,
        words_added: wordsAdded,
        words_removed: wordsRemoved,
        state_vector: Y.encodeStateVector(doc),
        data: deflateSync(diff),
      };
      const seq = await this.store.versions.insert(row);
      const stored = await this.store.versions.get(row.id);
      if (!stored || stored.view.seq !== seq) throw new Error(`Version ${row.id} was not stored`);
      return stored.view;
    } finally {
      doc.destroy();
      before.destroy();
    }
  }
}
