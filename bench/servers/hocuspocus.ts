/**
 * (c) Hocuspocus 4.x with its defaults (no persistence extension, documents unloaded as soon as
 * their last connection leaves). The only addition is a log line per unload, which W1 times.
 */
import { Server } from '@hocuspocus/server';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

const server = new Server({
  port,
  address: host,
  quiet: true,
  extensions: [
    {
      afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
        console.log(`unloaded ${documentName}`);
        return Promise.resolve();
      },
    },
  ],
});

await server.listen();
console.log(`hocuspocus listening on http://${host}:${server.address.port}`);
