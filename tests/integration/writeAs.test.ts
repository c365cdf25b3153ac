/**
 * The collaboration server's API for other parts of the server: `writeAs` writes a section on a
 * user's behalf through the same path as a socket (policy, stored before relayed, audited), and
 * `closeUserConnections` closes one user's sockets everywhere.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { WriteRefused } from '../../server/collab/serverWriter.js';
import { CloseCode } from '../../shared/protocol/collab.js';
import { closeCodeOf, connectRaw, paragraphUpdate, storedState } from '../helpers/rawClient.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1'; // SCT's

const textOf = (doc: Y.Doc): string => plainText(doc.getXmlFragment('body'));

describe('writeAs and closeUserConnections', () => {
  const fixture = useSignedInServer(['sct', 'sct2', 'sgtvt', 'skhdt'] as const);
  const { as } = fixture;

  it('writes as the user: stored, relayed to peers, audited with its note', async () => {
    const { server } = fixture;
    const peer = await connectRaw(server, as.sct2, SECTION);
    await peer.synced();
    const update = paragraphUpdate(new Y.Doc(), 'Nhập từ tệp Word');
    await server.planfold.collab.writeUpdateAs(as.sct.user, SECTION, update, 'import');
    // Stored by the time the promise resolves, relayed to the peer.
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).toContain('Nhập từ tệp');
    await waitFor(() => textOf(peer.doc).includes('Nhập từ tệp'), { message: 'relayed' });
    const audit = await as.skhdt.request<{ entries: { action: string; detail: string }[] }>(
      'GET',
      `/api/audit?action=edit&sectionId=${SECTION}`,
    );
    expect(audit.body.entries).toContainEqual(
      expect.objectContaining({ action: 'edit', detail: 'import' }),
    );
    peer.close();
  });

  it('refuses a user the policy refuses, and stores nothing', async () => {
    const { server } = fixture;
    const update = paragraphUpdate(new Y.Doc(), 'Sở GTVT ghi vào mục của SCT');
    const attempt = server.planfold.collab.writeUpdateAs(as.sgtvt.user, SECTION, update, 'import');
    await expect(attempt).rejects.toBeInstanceOf(WriteRefused);
    await expect(attempt).rejects.toMatchObject({ reason: 'not-owner' });
    expect(textOf((await storedState(server.planfold, SECTION)).doc)).not.toContain('GTVT');
  });

  it('closes every socket of one user, and only theirs', async () => {
    const { server } = fixture;
    const a = await connectRaw(server, as.sct, SECTION);
    const b = await connectRaw(server, as.sct, 'S4_5');
    const other = await connectRaw(server, as.sct2, SECTION);
    await Promise.all([a.synced(), b.synced(), other.synced()]);
    server.planfold.collab.closeUserConnections(as.sct.user.id, CloseCode.loggedOut);
    expect(await closeCodeOf(a)).toBe(CloseCode.loggedOut);
    expect(await closeCodeOf(b)).toBe(CloseCode.loggedOut);
    await other.serverState();
    expect(other.isOpen()).toBe(true);
    other.close();
  });
});
