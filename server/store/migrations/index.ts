import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import * as initial from './001_initial.js';

type Step = (db: Kysely<unknown>, types: ColumnTypes) => Promise<void>;

/** Ordered by name; append new steps, never edit a shipped one. */
const STEPS: Record<string, Step> = {
  '001_initial': initial.up,
};

export function migrationProvider(types: ColumnTypes): MigrationProvider {
  return {
    getMigrations: () =>
      Promise.resolve(
        Object.fromEntries(
          Object.entries(STEPS).map(([name, up]): [string, Migration] => [
            name,
            { up: (db) => up(db, types) },
          ]),
        ),
      ),
  };
}
