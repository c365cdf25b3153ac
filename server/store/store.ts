import type { Kysely } from 'kysely';
import { AuditRepository } from './audit.js';
import { Checkpointer } from './checkpointer.js';
import { ClientAuthorRepository } from './clientAuthors.js';
import { openDatabase, type DatabaseConfig } from './database.js';
import { columnTypes, type DialectName } from './dialect.js';
import { SqlDocumentStore, type DocumentStore } from './documents.js';
import { EditionRepository } from './editions.js';
import { FileRepository } from './files.js';
import { IndicatorFreezeRepository } from './indicatorFreezes.js';
import { IndicatorRepository } from './indicators.js';
import { JournaledDocumentStore } from './journaledDocuments.js';
import type { JournalOptions } from './journal/updateJournal.js';
import { PlanRepository } from './plans.js';
import type { Database } from './schema.js';
import { SearchRepository } from './search.js';
import { SessionRepository } from './sessions.js';
import { ThreadRepository } from './threads.js';
import { UserRepository } from './users.js';
import { VersionRepository } from './versions.js';
import { WorkflowRepository } from './workflow.js';

/** The repositories a command writes through, bound to one open transaction. */
export interface StoreTransaction {
  readonly plans: PlanRepository;
  readonly workflow: WorkflowRepository;
  readonly audit: AuditRepository;
}

/** Every persistent thing PlanFold keeps, over one database of either dialect. */
export class Store {
  readonly documents: DocumentStore;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly plans: PlanRepository;
  readonly audit: AuditRepository;
  readonly threads: ThreadRepository;
  readonly workflow: WorkflowRepository;
  readonly files: FileRepository;
  readonly indicators: IndicatorRepository;
  readonly indicatorFreezes: IndicatorFreezeRepository;
  readonly versions: VersionRepository;
  readonly editions: EditionRepository;
  readonly search: SearchRepository;
  readonly clientAuthors: ClientAuthorRepository;

  private constructor(
    readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    /** Set for a SQLite file: its updates go to a journal beside it. */
    private readonly journaled: JournaledDocumentStore | null,
    private readonly checkpointer: Checkpointer | null,
  ) {
    this.documents = journaled ?? new SqlDocumentStore(db, columnTypes(dialect));
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.plans = new PlanRepository(db);
    this.audit = new AuditRepository(db);
    this.threads = new ThreadRepository(db);
    this.workflow = new WorkflowRepository(db);
    this.files = new FileRepository(db);
    this.indicators = new IndicatorRepository(db);
    this.indicatorFreezes = new IndicatorFreezeRepository(db);
    this.versions = new VersionRepository(db);
    this.editions = new EditionRepository(db);
    this.search = new SearchRepository(db, dialect);
    this.clientAuthors = new ClientAuthorRepository(db);
  }

  static async open(config: DatabaseConfig, journal: JournalOptions = {}): Promise<Store> {
    const { db, dialect, sqlite } = await openDatabase(config);
    const file =
      sqlite && config.kind === 'sqlite' && config.file !== ':memory:' ? config.file : null;
    if (!sqlite || file === null) return new Store(db, dialect, null, null);
    const journaled = new JournaledDocumentStore(
      new SqlDocumentStore(db, columnTypes(dialect)),
      sqlite,
      file,
      journal,
    );
    return new Store(db, dialect, journaled, Checkpointer.start(sqlite, file));
  }

  /**
   * Runs `work` in one transaction on `planId`'s rows: all its writes commit, or none. On
   * PostgreSQL the plan's row is locked first, so commands on one plan from other connections
   * (or processes) wait; SQLite has one connection, on which transactions already run one by one.
   */
  transaction<T>(planId: string, work: (tx: StoreTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      if (this.dialect === 'postgres') {
        await trx.selectFrom('plans').select('id').where('id', '=', planId).forUpdate().execute();
      }
      return work({
        plans: new PlanRepository(trx),
        workflow: new WorkflowRepository(trx),
        audit: new AuditRepository(trx),
      });
    });
  }

  /** Documents a killed process left uncompacted (SQLite); compact them before serving. */
  uncompactedDocs(): string[] {
    return this.journaled?.uncompactedDocs() ?? [];
  }

  /** Bytes of the update journal on disk (SQLite); null when there is none. */
  journalBytes(): number | null {
    return this.journaled?.journalBytes() ?? null;
  }

  async close(): Promise<void> {
    this.journaled?.close();
    await this.checkpointer?.close();
    await this.db.destroy();
  }
}
