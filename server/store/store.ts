import type { Kysely } from 'kysely';
import { AuditRepository } from './audit.js';
import { openDatabase, type DatabaseConfig } from './database.js';
import { columnTypes, type DialectName } from './dialect.js';
import { DocumentStore } from './documents.js';
import { PlanRepository } from './plans.js';
import type { Database } from './schema.js';
import { SessionRepository } from './sessions.js';
import { ThreadRepository } from './threads.js';
import { UserRepository } from './users.js';
import { WorkflowRepository } from './workflow.js';

/** Every persistent thing PlanFold keeps, over one database of either dialect. */
export class Store {
  readonly documents: DocumentStore;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly plans: PlanRepository;
  readonly audit: AuditRepository;
  readonly threads: ThreadRepository;
  readonly workflow: WorkflowRepository;

  private constructor(
    readonly db: Kysely<Database>,
    readonly dialect: DialectName,
  ) {
    this.documents = new DocumentStore(db, columnTypes(dialect));
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.plans = new PlanRepository(db);
    this.audit = new AuditRepository(db);
    this.threads = new ThreadRepository(db);
    this.workflow = new WorkflowRepository(db);
  }

  static async open(config: DatabaseConfig): Promise<Store> {
    const { db, dialect } = await openDatabase(config);
    return new Store(db, dialect);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
