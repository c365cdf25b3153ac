import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileRepository } from '../store/files.js';

/** Where file bytes live, by their SHA-256. Writing the same bytes twice is harmless. */
export interface BlobStore {
  put(hash: string, data: Uint8Array): Promise<void>;
  get(hash: string): Promise<Uint8Array | null>;
}

export const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** SQLite: files beside the database, DATA_DIR/files/ab/abcdef…, written whole or not at all. */
export class DirectoryBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private file(hash: string): string {
    return path.join(this.root, hash.slice(0, 2), hash);
  }

  async put(hash: string, data: Uint8Array): Promise<void> {
    const target = this.file(hash);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    const handle = await fs.open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  }

  async get(hash: string): Promise<Uint8Array | null> {
    try {
      return await fs.readFile(this.file(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

/**
 * PostgreSQL (and an in-memory SQLite): the bytes in the database itself, so that several
 * server processes share them and a backup of the database is a backup of the figures.
 */
export class DatabaseBlobStore implements BlobStore {
  constructor(private readonly files: FileRepository) {}

  put(hash: string, data: Uint8Array): Promise<void> {
    return this.files.putBlob(hash, data);
  }

  get(hash: string): Promise<Uint8Array | null> {
    return this.files.blob(hash);
  }
}
