import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { login, type ApiClient } from '../helpers/api.js';
import { connectClient, synced, type CollabClient } from '../helpers/collabClient.js';
import { startServer, type TestServer } from '../helpers/server.js';
import { waitFor } from '../helpers/waitFor.js';

describe('live co-editing of a section', () => {
  let server: TestServer;
  let sct: ApiClient;
  let sct2: ApiClient;
  const clients: CollabClient[] = [];
  const connect = (who: ApiClient, room = 'S3_1'): CollabClient => {
    const c = connectClient(server, who, room);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    server = await startServer();
    [sct, sct2] = await Promise.all([login(server, 'sct'), login(server, 'sct2')]);
  });

  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.stop();
  });

  it('two stock providers of one agency converge, and a late joiner gets everything', async () => {
    const a = connect(sct);
    const b = connect(sct2);
    await Promise.all([synced(a), synced(b)]);
    a.type('Ngành công nghiệp chế biến');
    b.type('Kinh tế cửa khẩu');
    await waitFor(
      () => a.text() === b.text() && a.text().includes('cửa khẩu') && b.text().includes('chế biến'),
      {
        message: 'convergence',
      },
    );
    const late = connect(sct);
    await synced(late);
    await waitFor(() => late.text() === a.text(), { message: 'late joiner' });
    expect(late.text()).toContain('Ngành công nghiệp chế biến');
  });
});
