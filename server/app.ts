import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express, { type Express } from 'express';
import { AccountCommands } from './admin/accounts.js';
import { AgencyCommands } from './agencies/agencyCommands.js';
import { AuditLog } from './audit/auditLog.js';
import { OriginPolicy } from './auth/origins.js';
import { RequestAuthorizer } from './auth/requestAuthorizer.js';
import { SessionService } from './auth/sessions.js';
import { CollabServer } from './collab/collabServer.js';
import type { Config } from './config.js';
import { authorizeRequests } from './http/context.js';
import { archivedPlanGuard } from './http/archivedPlans.js';
import { crossSiteGuard } from './http/crossSite.js';
import { errorHandler, notFoundHandler } from './http/errorHandler.js';
import { fileRoutes, isUploadPath } from './http/routes/files.js';
import { securityHeaders } from './http/securityHeaders.js';
import { agencyRoutes } from './http/routes/agencies.js';
import { auditRoutes } from './http/routes/audit.js';
import { indicatorRoutes } from './http/routes/indicators.js';
import { ReferenceFreezer } from './indicators/referenceFreezer.js';
import { SectionReferences } from './indicators/sectionReferences.js';
import { IndicatorCommands } from './indicators/indicatorCommands.js';
import { planRoutes } from './http/routes/plans.js';
import { sectionRoutes } from './http/routes/sections.js';
import { sessionRoutes } from './http/routes/session.js';
import { threadRoutes } from './http/routes/threads.js';
import { ProposalAcceptor } from './threads/proposalAcceptor.js';
import { userRoutes } from './http/routes/users.js';
import { commentRoutes } from './http/routes/comments.js';
import { exportRoutes } from './http/routes/exports.js';
import { wordImportRoutes } from './http/routes/wordImport.js';
import { readerRoutes } from './http/routes/reader.js';
import { pdfExportRoutes } from './http/routes/pdfExport.js';
import { PdfPrinter } from './export/pdfPrinter.js';
import { ThreadCommands } from './threads/threadCommands.js';
import { workflowRoutes } from './http/routes/workflow.js';
import { OutlineCommands } from './plan/outlineCommands.js';
import { PlanCommands } from './plan/planCommands.js';
import { SectionDirectory } from './plan/directory.js';
import { SectionCommands } from './plan/sectionCommands.js';
import { SectionWriter } from './plan/sectionWriter.js';
import { seedDemoPlan } from './seed/demoPlan.js';
import { createLogger, type Logger } from './ops/logger.js';
import { Metrics } from './ops/metrics.js';
import { observeRequests } from './ops/httpObserver.js';
import { healthRoutes, metricsRoute } from './ops/opsRoutes.js';
import { Store } from './store/store.js';
import { DatabaseBlobStore, DirectoryBlobStore, type BlobStore } from './files/blobStore.js';
import { FileService } from './files/fileService.js';
import type { DestinationStream } from 'pino';
import { editionRoutes } from './http/routes/editions.js';
import { versionRoutes } from './http/routes/versions.js';
import { searchRoutes } from './http/routes/search.js';
import { SearchIndexer } from './search/searchIndexer.js';
import { contentSchema } from '../shared/editor/content.js';
import { EditionService } from './versions/editionService.js';
import { VersionRestorer } from './versions/restore.js';
import { VersionService } from './versions/versionService.js';

export interface PlanFold {
  readonly config: Config;
  readonly store: Store;
  readonly directory: SectionDirectory;
  readonly commands: SectionCommands;
  readonly collab: CollabServer;
  readonly server: http.Server;
  readonly express: Express;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(port?: number, host?: string): Promise<number>;
  /** Stops accepting, stores and compacts every room, closes the database. */
  close(): Promise<void>;
}

function serveClient(app: Express, clientDir: string | null): void {
  const index = clientDir ? path.join(clientDir, 'index.html') : null;
  if (!clientDir || !index || !fs.existsSync(index)) {
    app.get('/', (_req, res) => {
      res.type('text').send('PlanFold API is running. Build the client with `npm run build`.');
    });
    return;
  }
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Client-side routes all load the same page.
  app.get(/^\/(?!api\/|collab\/).*/, (_req, res) => res.sendFile(index));
}

/** Figures' bytes: beside a SQLite file, in the database otherwise (see blobStore.ts). */
function blobStoreFor(config: Config, store: Store): BlobStore {
  const { database } = config;
  return database.kind === 'sqlite' && database.file !== ':memory:'
    ? new DirectoryBlobStore(path.join(config.dataDir, 'files'))
    : new DatabaseBlobStore(store.files);
}

export interface AppOptions {
  /** Where the JSON log lines go (stdout by default); tests read them here. */
  logDestination?: DestinationStream;
}

/** Builds PlanFold from its configuration. Nothing listens and nothing is global. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<PlanFold> {
  const log = createLogger(config.log, options.logDestination);
  const metrics = new Metrics();
  const store = await Store.open(config.database, { onSynced: (s) => metrics.fsynced(s) });
  if (config.seedDemo && (await store.plans.isEmpty())) await seedDemoPlan(store);

  const directory = new SectionDirectory(store);
  await directory.load();
  const audit = new AuditLog(store);
  const sessions = new SessionService(store, config.sessionTtlMs);
  const authorizer = new RequestAuthorizer(new OriginPolicy(config.publicOrigins), sessions);
  // One writer for both kinds of command: they queue behind each other per plan.
  const writer = new SectionWriter(store, directory);
  const outline = new OutlineCommands(store, directory, writer);
  const searchIndex = new SearchIndexer(store, directory, log);
  const collab = new CollabServer({
    store,
    directory,
    authorizer,
    audit,
    compactAfterBytes: config.compactAfterBytes,
    sendBufferBytes: config.sendBufferBytes,
    log,
    observer: metrics,
    onSectionText: (sectionId, text) => searchIndex.noteText(sectionId, text),
  });
  metrics.watch({
    connections: () => collab.connectionCount(),
    rooms: () => [...collab.registry.rooms()].length,
    journalBytes: () => store.journalBytes(),
  });
  let stopping = false;
  await collab.recover(store.uncompactedDocs());
  await searchIndex.rebuildIfEmpty();
  const accounts = new AccountCommands(store, audit, collab);
  const versions = new VersionService(store, collab.registry);
  const references = new SectionReferences(store.documents, collab.registry, directory);
  const freezer = new ReferenceFreezer(store, directory, references, collab.indicators, audit);
  const commands = new SectionCommands(store, directory, writer, async (ctx, section, kind) => {
    await versions
      .capture(section.id, { kind, name: '', status: section.status, actorId: ctx.actor.id })
      // The command itself is done: a version that could not be taken must not undo it.
      .catch((error: unknown) => console.error(`Could not take a version of ${section.id}`, error));
    // A locked (approved) section's figures freeze with it, before the next command runs.
    await freezer
      .freeze(section)
      .catch((error: unknown) => log.error({ err: error }, `could not freeze ${section.id}`));
  });
  const threads = new ThreadCommands(store, directory);
  const files = new FileService(
    store.files,
    blobStoreFor(config, store),
    directory,
    config.planFileQuotaBytes,
  );
  const indicators = new IndicatorCommands(store, audit, collab.indicators);
  threads.on('changed', (section) => {
    searchIndex.noteComments(section.id);
    collab.publisher
      .publishThreadStats(section)
      .catch((error: unknown) => log.error({ err: error }, 'could not publish thread counts'));
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests(log, metrics));
  app.use(securityHeaders(config.publicOrigins));
  app.get('/metrics', metricsRoute(metrics, config.metricsToken));
  const api = express.Router();
  api.use(authorizeRequests(authorizer));
  api.use(crossSiteGuard(isUploadPath));
  api.use(express.json({ limit: '1mb' }));
  api.use(archivedPlanGuard(store, directory));
  api.use(
    healthRoutes({
      store,
      sqliteFile: config.database.kind === 'sqlite' ? config.database.file : null,
      stopping: () => stopping,
    }),
  );
  api.use(
    sessionRoutes({
      store,
      sessions,
      audit,
      registry: collab.registry,
      accounts,
      secureCookies: config.publicOrigins.every((o) => o.startsWith('https:')),
      onLoginFailed: () => metrics.loginFailed(),
    }),
  );
  api.use(agencyRoutes(store, new AgencyCommands(store, audit)));
  api.use(planRoutes(directory, new PlanCommands(store, directory, writer, audit)));
  api.use(sectionRoutes(commands));
  api.use(auditRoutes(store));
  api.use(userRoutes(store, accounts));
  api.use(threadRoutes(threads, new ProposalAcceptor(threads, collab, directory)));
  api.use(fileRoutes(files, audit));
  const restorer = new VersionRestorer(versions, collab, directory, contentSchema());
  api.use(versionRoutes(versions, restorer, directory, audit));
  api.use(editionRoutes(new EditionService(store, versions, directory, audit)));
  api.use(commentRoutes(store, directory));
  api.use(exportRoutes(store, directory, files));
  api.use(wordImportRoutes(directory, collab, files));
  api.use(readerRoutes(store, directory));
  api.use(pdfExportRoutes(directory, new PdfPrinter(config.chromiumPath)));
  api.use(workflowRoutes(store, directory, outline));
  api.use(searchRoutes(store.search, directory));
  api.use(indicatorRoutes(store, directory, indicators, references, freezer));
  api.use(notFoundHandler);
  app.use('/api', api);
  serveClient(app, config.clientDir);
  app.use(errorHandler);

  const server = http.createServer(app);
  server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));

  return {
    config,
    store,
    directory,
    commands,
    collab,
    server,
    express: app,
    log,
    metrics,
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    close: async () => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await collab.close();
      await audit.flush();
      server.closeAllConnections();
      await closed;
      await store.close();
      metrics.close();
    },
  };
}
