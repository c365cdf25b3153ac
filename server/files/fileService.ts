/**
 * Figures' files: uploaded by those who may write the section, stored once by content, listed
 * per plan against its quota, served to signed-in users under the plan that lists them.
 */
import type { Actor } from '../../shared/model.js';
import { AppError, notFound } from '../errors.js';
import type { SectionDirectory } from '../plan/directory.js';
import { authorize } from '../plan/authorize.js';
import type { FileRepository, PlanFileRecord } from '../store/files.js';
import { sha256, type BlobStore } from './blobStore.js';
import { sniffImageType } from './sniff.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class FileService {
  constructor(
    private readonly files: FileRepository,
    private readonly blobs: BlobStore,
    private readonly directory: SectionDirectory,
    private readonly quotaBytes: number,
  ) {}

  async upload(
    actor: Actor,
    sectionId: string,
    declared: string,
    data: Uint8Array,
  ): Promise<PlanFileRecord> {
    const section = this.directory.section(sectionId);
    if (!section) throw notFound('Section');
    authorize(actor, 'write', section);
    if (data.length === 0) throw new AppError(400, 'empty-file', 'The file is empty.');
    if (data.length > MAX_FILE_BYTES) {
      throw new AppError(413, 'payload-too-large', 'A file may hold at most 10 MB.');
    }
    const actual = sniffImageType(data);
    if (!actual) {
      throw new AppError(415, 'unsupported-file', 'Only PNG, JPEG and WebP images are accepted.');
    }
    if (declared !== actual) {
      throw new AppError(415, 'type-mismatch', `The file is not a ${declared || 'typed'} file.`);
    }
    const hash = sha256(data);
    const known = await this.files.find(section.planId, hash);
    if (known) return known;
    const used = await this.files.usedBytes(section.planId);
    if (used + data.length > this.quotaBytes) {
      throw new AppError(413, 'quota-exceeded', "The plan's storage for files is full.");
    }
    // Bytes first: a listed file must always be there to serve.
    await this.blobs.put(hash, data);
    const record: PlanFileRecord = {
      planId: section.planId,
      hash,
      mime: actual,
      size: data.length,
      uploadedBy: actor.id,
      uploadedAt: new Date().toISOString(),
    };
    await this.files.record(record);
    return record;
  }

  /** A file the plan lists; the caller has checked the session. */
  async describe(planId: string, hash: string): Promise<PlanFileRecord> {
    const record = await this.files.find(planId, hash);
    if (!record) throw notFound('File');
    return record;
  }

  async bytes(record: PlanFileRecord): Promise<Uint8Array> {
    const data = await this.blobs.get(record.hash);
    if (!data) throw notFound('File');
    return data;
  }
}
