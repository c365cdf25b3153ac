/**
 * The collaboration server's API for other parts of the server: `writeAs` writes a section on a
 * user's behalf through the same path as a socket (policy on arrival and at storing, nesting
 * depth, stored before relayed, audited), and `closeUserConnections` closes one user's sockets
 * everywhere.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { WriteRefused } from '../../server/collab/serverWriter.js';
import { CloseCode, MAX_NESTING_DEPTH } from '../../shared/protocol/collab.js';
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

  /** A server write for `user` through `writeAs`, audited as an import. */
  const writeAs = (user: typeof as.sct.user, edit: (doc: Y.Doc) => void) =>
    fixture.server.planfold.collab.writeAs(user, SECTION, edit, {
      action: 'import',
      detail: 'test',
    });
  /** An edit that adds a paragraph at the start of the body. */
  const addParagraph =
    (text: string) =>
    (doc: Y.Doc): void => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment('body').insert(0, [paragraph]);
    };
  const storedText = async (): Promise<string> =>
    textOf((await storedState(fixture.server.planfold, SECTION)).doc);

  it('writeAs goes through the checks of a socket write: content nested too deep is refused', async () => {
    const outcome = await writeAs(as.sct.user, (doc) => {
      let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('body');
      for (let depth = 0; depth <= MAX_NESTING_DEPTH; depth++) {
        const quote = new Y.XmlElement('blockquote');
        parent.insert(0, [quote]);
        parent = quote;
      }
      parent.insert(0, [new Y.XmlText('Lồng quá sâu')]);
    });
    expect(outcome).toBe('too-deep');
    expect(await storedText()).not.toContain('quá sâu');
    // Nothing half-applied stays in the room: a correct write after it is stored alone.
    expect(await writeAs(as.sct.user, addParagraph('Sau lần bị từ chối'))).toBeNull();
    const stored = await storedText();
    expect(stored).toContain('Sau lần bị từ chối');
    expect(stored).not.toContain('quá sâu');
  });

  it('writeAs refuses a user the policy refuses', async () => {
    expect(await writeAs(as.sgtvt.user, addParagraph('GTVT qua writeAs'))).toBe('not-owner');
    expect(await storedText()).not.toContain('GTVT qua');
  });

  it('writeAs is refused when a lock lands after the write arrives, before it is stored', async () => {
    const { directory } = fixture.server.planfold;
    const section = directory.section(SECTION)!;
    const lock = { by: as.skhdt.user.id, byName: 'SKHĐT', byAgency: 'SKHDT', at: '', note: 'khoá' };
    try {
      const outcome = await writeAs(as.sct.user, (doc) => {
        addParagraph('Viết trong lúc khoá')(doc);
        // Runs once the write has been taken (same turn), before the room stores it.
        queueMicrotask(() => directory.update({ ...section, lock }));
      });
      expect(outcome).toBe('locked');
    } finally {
      directory.update(section);
    }
    expect(await storedText()).not.toContain('trong lúc');
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
