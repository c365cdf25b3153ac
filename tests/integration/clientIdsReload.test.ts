/**
 * A Yjs client id keeps its owner when its room unloads and loads again: the bindings are
 * stored, and a reloaded room adopts them. Without that, after the last person leaves a section,
 * a colleague could write under someone's id — dropping their later typing and being credited
 * as them in compare.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plainText } from '../../server/collab/plainText.js';
import { connectRaw, paragraphUpdate, type RawClient } from '../helpers/rawClient.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { waitFor } from '../helpers/waitFor.js';

const SECTION = 'S3_1';
const OWNER_ID = 424_242;

/** A copy of what the socket was sent, writing under `clientId`. */
function docAs(base: Y.Doc, clientId: number): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = clientId;
  return doc;
}

describe('client ids after a room reloads', () => {
  const fixture = useSignedInServer(['sct', 'sct2'] as const);
  const { as } = fixture;
  const open = async (who: { cookie: string }): Promise<RawClient> => {
    const client = await connectRaw(fixture.server, who, SECTION);
    await client.synced();
    return client;
  };

  it("refuses a colleague's write under an id its owner used before the room unloaded", async () => {
    const { registry } = fixture.server.planfold.collab;
    const owner = await open(as.sct);
    owner.sendUpdate(paragraphUpdate(docAs(owner.doc, OWNER_ID), 'Đoạn của chủ sở hữu'));
    await waitFor(
      async () =>
        (await fixture.server.planfold.store.clientAuthors.ofSection(SECTION)).get(OWNER_ID) ===
        as.sct.user.id,
      { message: 'the binding stored with the write' },
    );
    owner.close();
    await waitFor(() => registry.loaded(SECTION) === undefined, { message: 'room unloaded' });

    const colleague = await open(as.sct2);
    colleague.sendUpdate(paragraphUpdate(docAs(colleague.doc, OWNER_ID), 'CUOP'));
    await waitFor(() => colleague.refusals().includes('client-id'), {
      message: `refused as client-id (${colleague.refusals().join()})`,
    });

    // The owner, back on a new socket, still writes under their id.
    const back = await open(as.sct);
    back.sendUpdate(paragraphUpdate(docAs(back.doc, OWNER_ID), 'Viết tiếp'));
    const stored = await waitFor(
      async () => {
        const doc = await colleague.serverState();
        const text = plainText(doc.getXmlFragment('body'));
        return text.includes('Viết tiếp') ? text : null;
      },
      { message: "the owner's next paragraph stored" },
    );
    expect(stored).not.toContain('CUOP');
    colleague.close();
    back.close();
  });
});
