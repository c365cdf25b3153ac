/** The state builder's worker reads a stored log as the room does (issue 16, items 5, 6). */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StateBuilder } from '../../server/collab/stateBuilder.js';

const builder = new StateBuilder();
afterAll(() => builder.close());

describe('StateBuilder', () => {
  it('drops structs that wait for content nobody sent: they never reach the snapshot', async () => {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    text.insert(0, 'có');
    const stored = Y.encodeStateAsUpdate(doc);
    const missing = Y.encodeStateVector(doc);
    text.insert(2, ' thiếu');
    const before = Y.encodeStateVector(doc);
    text.insert(8, ' treo');
    // Only the last insert: it is anchored on " thiếu", which the log never got.
    const pending = Y.encodeStateAsUpdate(doc, before);
    expect(missing).not.toEqual(before);

    const built = await builder.build([stored, pending]);
    const read = new Y.Doc();
    Y.applyUpdate(read, built.update);
    expect(read.getText('body').toJSON()).toBe('có');
    expect(read.store.pendingStructs).toBeNull();
    expect(built.update.length).toBeLessThan(Y.mergeUpdates([stored, pending]).length);
  });
});
