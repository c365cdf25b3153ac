/**
 * RoomAwareness: the server's filter between a connection's awareness messages and its peers.
 * Identity comes from the session, never from the client; one client id per connection.
 */
import { describe, expect, it } from 'vitest';
import type { AwarenessEntry, EncodedAwarenessEntry } from '../../server/collab/awarenessCodec.js';
import { ClientIds } from '../../server/collab/clientIds.js';
import {
  MAX_AWARENESS_STATE_BYTES,
  RoomAwareness,
  type PresenceOwner,
} from '../../server/collab/roomAwareness.js';

const owner = (id: string, name: string, agency: string, color = '#123456'): PresenceOwner => ({
  user: { id, name, agency },
  color,
});

const state = (value: unknown): string => JSON.stringify(value);
const entry = (clientId: number, clock: number, value: unknown): AwarenessEntry => ({
  clientId,
  clock,
  state: value === null ? 'null' : state(value),
});
const parsed = (e: EncodedAwarenessEntry | undefined): Record<string, unknown> => {
  if (!e) throw new Error('no entry');
  return JSON.parse(new TextDecoder().decode(e.state)) as Record<string, unknown>;
};
/** Entries with their states as text, to compare whole. */
const asText = (entries: readonly EncodedAwarenessEntry[]): AwarenessEntry[] =>
  entries.map((e) => ({ ...e, state: new TextDecoder().decode(e.state) }));

describe('RoomAwareness', () => {
  const sct = owner('u-sct', 'Lương Văn An', 'SCT', '#aa0000');
  const sctOtherTab = owner('u-sct', 'Lương Văn An', 'SCT', '#aa0000');
  const sgtvt = owner('u-sgtvt', 'Hà Thị Bình', 'SGTVT', '#00aa00');

  it('rewrites the user field from the session, keeping the rest of the state', () => {
    const room = new RoomAwareness(new ClientIds());
    const forged = {
      user: { id: 'u-skhdt', name: 'Giám đốc Sở', agency: 'SKHDT', color: '#000000' },
      cursor: { anchor: 3, head: 7 },
    };
    const out = room.accept(sct, [entry(101, 1, forged)]);
    expect(out).toHaveLength(1);
    expect(out[0]?.clientId).toBe(101);
    expect(out[0]?.clock).toBe(1);
    expect(parsed(out[0])).toEqual({
      user: { id: 'u-sct', name: 'Lương Văn An', agency: 'SCT', color: '#aa0000' },
      cursor: { anchor: 3, head: 7 },
    });
    // what new peers get is the rewritten state too
    expect(room.all().map(parsed)).toEqual([parsed(out[0])]);
  });

  it('adds the identity to a state that carried none', () => {
    const room = new RoomAwareness(new ClientIds());
    const out = room.accept(sgtvt, [entry(7, 0, {})]);
    expect(parsed(out[0])).toEqual({
      user: { id: 'u-sgtvt', name: 'Hà Thị Bình', agency: 'SGTVT', color: '#00aa00' },
    });
  });

  it('keeps only the caret besides the identity (issue 16, item 9)', () => {
    const room = new RoomAwareness(new ClientIds());
    const out = room.accept(sct, [entry(5, 0, { cursor: null, junk: 'x'.repeat(100), extra: 1 })]);
    expect(Object.keys(parsed(out[0])).sort()).toEqual(['cursor', 'user']);
  });

  it('drops a state longer than MAX_AWARENESS_STATE_BYTES (issue 16, item 9)', () => {
    const room = new RoomAwareness(new ClientIds());
    const long = { cursor: { anchor: 'x'.repeat(MAX_AWARENESS_STATE_BYTES) } };
    expect(room.accept(sct, [entry(5, 0, long)])).toEqual([]);
    expect(room.all()).toEqual([]);
  });

  it('drops states that are not JSON objects', () => {
    const room = new RoomAwareness(new ClientIds());
    for (const bad of ['not json', '42', '"text"', '[1,2]', 'true', '']) {
      expect(room.accept(sct, [{ clientId: 5, clock: 1, state: bad }]), bad).toEqual([]);
    }
    expect(room.all()).toEqual([]);
    // ...and a dropped state claims nothing: the connection may still announce another id
    expect(room.accept(sct, [entry(6, 1, {})])).toHaveLength(1);
  });

  it('drops entries for a client id that another person holds', () => {
    const room = new RoomAwareness(new ClientIds());
    room.accept(sct, [entry(101, 1, { cursor: 1 })]);
    expect(room.accept(sgtvt, [entry(101, 2, { cursor: 99 })])).toEqual([]);
    expect(room.accept(sgtvt, [entry(101, 3, null)])).toEqual([]);
    const all = room.all();
    expect(all).toHaveLength(1);
    expect(parsed(all[0])).toMatchObject({ cursor: 1, user: { id: 'u-sct' } });
    // the intruder did not claim 101 by trying: its own id is still free for it
    expect(room.accept(sgtvt, [entry(202, 1, {})])).toHaveLength(1);
  });

  it('drops presence under an id another person used, even once they have gone (issue 16, item 7)', () => {
    const ids = new ClientIds();
    const room = new RoomAwareness(ids);
    expect(room.accept(sct, [entry(301, 1, { cursor: null })])).toHaveLength(1);
    room.release(sct);
    // The id is free in the room's presence, but it is still SCT's: nobody else may announce it.
    expect(room.accept(sgtvt, [entry(301, 5, { cursor: null })])).toEqual([]);
    expect(ids.claim(301, 'u-sgtvt')).toBe(false);
    expect(room.accept(sctOtherTab, [entry(301, 6, { cursor: null })])).toHaveLength(1);
  });

  it('lets a connection own exactly one client id: the first it announces', () => {
    const room = new RoomAwareness(new ClientIds());
    const out = room.accept(sct, [entry(1, 1, { a: 1 }), entry(2, 1, { b: 2 })]);
    expect(out.map((e) => e.clientId)).toEqual([1]);
    expect(room.accept(sct, [entry(3, 1, {})])).toEqual([]);
    expect(room.accept(sct, [entry(1, 2, { a: 2 })]).map((e) => e.clientId)).toEqual([1]);
    expect(room.all().map((e) => e.clientId)).toEqual([1]);
  });

  it('ignores an older clock for the same id', () => {
    const room = new RoomAwareness(new ClientIds());
    room.accept(sct, [entry(1, 5, { cursor: 5 })]);
    expect(room.accept(sct, [entry(1, 4, { cursor: 4 })])).toEqual([]);
    expect(parsed(room.all()[0])).toMatchObject({ cursor: 5 });
  });

  it("lets another tab of the same person take the id over from its dying socket, and the old socket's release does not remove it", () => {
    const room = new RoomAwareness(new ClientIds());
    room.accept(sct, [entry(101, 1, { cursor: 'old' })]);
    const taken = room.accept(sctOtherTab, [entry(101, 2, { cursor: 'new' })]);
    expect(taken).toHaveLength(1);
    expect(parsed(taken[0])).toMatchObject({ cursor: 'new', user: { id: 'u-sct' } });
    // the old socket goes: nothing to announce, the new tab's presence stays
    expect(room.release(sct)).toEqual([]);
    expect(room.all().map((e) => e.clientId)).toEqual([101]);
    // the new tab goes: its presence is removed
    expect(asText(room.release(sctOtherTab))).toEqual([{ clientId: 101, clock: 3, state: 'null' }]);
    expect(room.all()).toEqual([]);
  });

  it('release removes what the connection announced, with a newer clock, once', () => {
    const room = new RoomAwareness(new ClientIds());
    room.accept(sct, [entry(101, 4, {})]);
    room.accept(sgtvt, [entry(202, 1, {})]);
    expect(asText(room.release(sct))).toEqual([{ clientId: 101, clock: 5, state: 'null' }]);
    expect(room.release(sct)).toEqual([]);
    expect(room.all().map((e) => e.clientId)).toEqual([202]);
    // a connection that never announced anything releases nothing
    expect(room.release(owner('u-x', 'X', 'SYT'))).toEqual([]);
  });

  it('a removal sent by the owner deletes its entry and is passed on', () => {
    const room = new RoomAwareness(new ClientIds());
    room.accept(sct, [entry(101, 1, {})]);
    expect(asText(room.accept(sct, [entry(101, 2, null)]))).toEqual([
      { clientId: 101, clock: 2, state: 'null' },
    ]);
    expect(room.all()).toEqual([]);
    // after its own removal, the connection still owns only that id
    expect(room.accept(sct, [entry(102, 1, {})])).toEqual([]);
  });
});
