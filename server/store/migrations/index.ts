import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { ColumnTypes } from '../dialect.js';
import * as initial from './001_initial.js';
import * as threads from './002_threads.js';
import * as workflow from './003_workflow.js';
import * as stateVector from './004_snapshot_state_vector.js';
import * as administration from './007_administration.js';
import * as indicators from './009_indicators.js';
import * as files from './011_files.js';
import * as versions from './014_versions.js';
import * as proposals from './015_proposals.js';
import * as clientAuthors from './016_client_authors.js';
import * as indicatorFreezes from './017_indicator_freezes.js';
import * as search from './019_search.js';

type Step = (db: Kysely<unknown>, types: ColumnTypes) => Promise<void>;

/** Ordered by name; append new steps, never edit a shipped one. */
const STEPS: Record<string, Step> = {
  '001_initial': initial.up,
  '002_threads': threads.up,
  '003_workflow': workflow.up,
  '004_snapshot_state_vector': stateVector.up,
  '007_administration': administration.up,
  '009_indicators': indicators.up,
  '011_files': files.up,
  '014_versions': versions.up,
  '015_proposals': proposals.up,
  '016_client_authors': clientAuthors.up,
  '017_indicator_freezes': indicatorFreezes.up,
  '019_search': search.up,
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
