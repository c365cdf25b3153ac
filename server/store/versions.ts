import type { Kysely } from 'kysely';
import type { StatusCode } from '../../shared/statuses.js';
import type { VersionKind, VersionView } from '../../shared/versions/model.js';
import type { Database, SectionVersionRow } from './schema.js';

export type NewVersion = Omit<SectionVersionRow, 'seq'>;

/** A version with the bytes it needs to be replayed. */
export interface StoredVersion {
  view: VersionView;
  stateVector: Uint8Array;
}

const VIEW_COLUMNS = [
  'section_versions.id',
  'section_versions.section_id',
  'section_versions.seq',
  'section_versions.kind',
  'section_versions.name',
  'section_versions.status',
  'section_versions.created_by',
  'section_versions.created_at',
  'section_versions.edition_id',
  'section_versions.words_added',
  'section_versions.words_removed',
  'section_versions.state_vector',
] as const;

type ViewRow = Omit<SectionVersionRow, 'data'> & { created_by_name: string | null };

function toStored(r: ViewRow): StoredVersion {
  return {
    view: {
      id: r.id,
      sectionId: r.section_id,
      seq: r.seq,
      kind: r.kind as VersionKind,
      name: r.name,
      status: r.status as StatusCode,
      createdBy: r.created_by,
      createdByName: r.created_by_name,
      createdAt: r.created_at,
      editionId: r.edition_id,
      wordsAdded: r.words_added,
      wordsRemoved: r.words_removed,
    },
    stateVector: r.state_vector,
  };
}

/** Section versions: append-only rows, each a diff against the one before it. */
export class VersionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Appends the section's next version; `seq` follows the last one's. */
  async insert(version: NewVersion): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('section_versions')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('section_id', '=', version.section_id)
        .executeTakeFirst();
      const seq = Number(last?.seq ?? 0) + 1;
      await trx
        .insertInto('section_versions')
        .values({ ...version, seq })
        .execute();
      return seq;
    });
  }

  private views() {
    return this.db
      .selectFrom('section_versions')
      .leftJoin('users', 'users.id', 'section_versions.created_by')
      .select(VIEW_COLUMNS)
      .select('users.name as created_by_name');
  }

  /** Newest first. */
  async list(sectionId: string): Promise<StoredVersion[]> {
    const rows = await this.views()
      .where('section_id', '=', sectionId)
      .orderBy('seq', 'desc')
      .execute();
    return rows.map(toStored);
  }

  async latest(sectionId: string): Promise<StoredVersion | null> {
    const [newest] = await this.list(sectionId);
    return newest ?? null;
  }

  async get(id: string): Promise<StoredVersion | null> {
    const row = await this.views().where('section_versions.id', '=', id).executeTakeFirst();
    return row ? toStored(row) : null;
  }

  /** The versions an edition holds, one per section. */
  async ofEdition(editionId: string): Promise<StoredVersion[]> {
    return (await this.views().where('edition_id', '=', editionId).execute()).map(toStored);
  }

  /** The diffs that replay into the section's state at version `seq`, in order. */
  async chain(sectionId: string, seq: number): Promise<Uint8Array[]> {
    const rows = await this.db
      .selectFrom('section_versions')
      .select('data')
      .where('section_id', '=', sectionId)
      .where('seq', '<=', seq)
      .orderBy('seq')
      .execute();
    return rows.map((r) => r.data);
  }

  /** Bytes stored for a section's versions (the benchmark's cost figure). */
  async storedBytes(sectionId: string): Promise<number> {
    const rows = await this.db
      .selectFrom('section_versions')
      .select(['data', 'state_vector'])
      .where('section_id', '=', sectionId)
      .execute();
    return rows.reduce((sum, r) => sum + r.data.length + r.state_vector.length, 0);
  }
}
