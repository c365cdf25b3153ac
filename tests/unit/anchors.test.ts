/**
 * Comment anchors follow their passage while other replicas edit around and inside it.
 * Each case: replica A holds "Hello brave new world" in a paragraph of the section body and
 * anchors the passage "brave new"; replica B (synced) edits; the edits travel as Yjs updates
 * (concurrently with A's own edits where a case has them); the anchor — encoded as the API
 * carries it — is resolved on both replicas and on a fresh one built from the merged state.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorRange, decodeAnchor, encodeAnchor, resolveInText } from '../../shared/anchors.js';
import type { Anchor } from '../../shared/threads.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

const TEXT = 'Hello brave new world';
const PASSAGE = 'brave new';
const START = TEXT.indexOf(PASSAGE); // 6
const END = START + PASSAGE.length; // 15

interface Replica {
  doc: Y.Doc;
  text: Y.XmlText;
}

/** The one paragraph's text of a replica's section body. */
function textOf(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment(BODY_FIELD).get(0);
  if (!(paragraph instanceof Y.XmlElement)) throw new Error('no paragraph');
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

const plain = (text: Y.XmlText): string =>
  (text.toDelta() as { insert?: unknown }[])
    .map((d) => (typeof d.insert === 'string' ? d.insert : ''))
    .join('');

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

/** Two synced replicas of a section whose body is one paragraph with TEXT. */
function replicas(): [Replica, Replica] {
  const a = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(TEXT)]);
  a.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  const b = new Y.Doc();
  sync(a, b);
  return [
    { doc: a, text: textOf(a) },
    { doc: b, text: textOf(b) },
  ];
}

/** The anchor a client makes for [from, to): `to` sticks to the last character of the passage. */
function anchorOf(text: Y.XmlText, from: number, to: number): Anchor {
  return encodeAnchor(
    Y.createRelativePositionFromTypeIndex(text, from),
    Y.createRelativePositionFromTypeIndex(text, to, -1),
  );
}

/** What the anchor covers on a replica: the passage, or null when detached. */
function covered(doc: Y.Doc, anchor: Anchor): string | null {
  const range = resolveInText(doc, anchor);
  return range.detached ? null : plain(textOf(doc)).slice(range.from, range.to);
}

type Edit = (text: Y.XmlText) => void;
const insert =
  (index: number, content: string): Edit =>
  (t) =>
    t.insert(index, content);
const remove =
  (index: number, length: number): Edit =>
  (t) =>
    t.delete(index, length);

interface Case {
  name: string;
  /** Edits made on replica B (the anchor was made on A). */
  onB: Edit[];
  /** Edits A makes at the same time, before it has seen B's. */
  onA?: Edit[];
  /** The whole text once both have synced. */
  text: string;
  /** What the anchor covers afterwards; null: detached. */
  passage: string | null;
}

const CASES: Case[] = [
  {
    name: 'no edit: the passage itself',
    onB: [],
    text: TEXT,
    passage: 'brave new',
  },
  {
    name: 'insertion before the passage shifts it',
    onB: [insert(0, 'Oh! ')],
    text: 'Oh! Hello brave new world',
    passage: 'brave new',
  },
  {
    name: 'insertion right at its start stays outside',
    onB: [insert(START, 'very ')],
    text: 'Hello very brave new world',
    passage: 'brave new',
  },
  {
    name: 'insertion after the passage changes nothing',
    onB: [insert(TEXT.length, '!!!')],
    text: 'Hello brave new world!!!',
    passage: 'brave new',
  },
  {
    name: 'insertion inside widens it',
    onB: [insert(START + 'brave'.length, ', bold')],
    text: 'Hello brave, bold new world',
    passage: 'brave, bold new',
  },
  {
    name: 'insertions before and inside at once (concurrent, on two replicas)',
    onA: [insert(0, 'Ôi, ')],
    onB: [insert(START + 'brave '.length, 'và ')],
    text: 'Ôi, Hello brave và new world',
    passage: 'brave và new',
  },
  {
    name: 'deletion inside shrinks it',
    onB: [remove(START + 'brave'.length, ' new'.length)],
    text: 'Hello brave world',
    passage: 'brave',
  },
  {
    name: 'deletion across the start keeps the surviving part',
    onB: [remove(3, 6)], // "lo bra"
    text: 'Helve new world',
    passage: 've new',
  },
  {
    name: 'deletion across the end keeps the surviving part',
    onB: [remove(12, 6)], // "new wo"
    text: 'Hello brave rld',
    passage: 'brave ',
  },
  {
    name: 'deletion across one boundary while the other replica inserts before',
    onA: [insert(0, '>> ')],
    onB: [remove(3, 6)],
    text: '>> Helve new world',
    passage: 've new',
  },
  {
    name: 'deletion of exactly the passage: detached',
    onB: [remove(START, PASSAGE.length)],
    text: 'Hello  world',
    passage: null,
  },
  {
    name: 'deletion of the passage and around it: detached',
    onB: [remove(2, 16)],
    text: 'Herld',
    passage: null,
  },
  {
    name: 'deletion of the whole text: detached',
    onB: [remove(0, TEXT.length)],
    text: '',
    passage: null,
  },
  {
    name: 'deletion of the passage with new text typed in its place: detached',
    onB: [remove(START, PASSAGE.length), insert(START, 'bold old')],
    text: 'Hello bold old world',
    passage: null,
  },
];

describe('anchors follow the passage across replicas', () => {
  it.each(CASES)('$name', ({ onA = [], onB, text, passage }) => {
    const [a, b] = replicas();
    const anchor = anchorOf(a.text, START, END);
    expect(covered(a.doc, anchor)).toBe(PASSAGE);

    for (const edit of onA) edit(a.text);
    for (const edit of onB) edit(b.text);
    sync(b.doc, a.doc);
    sync(a.doc, b.doc);

    expect(plain(a.text)).toBe(text);
    expect(plain(b.text)).toBe(text);
    expect(covered(a.doc, anchor)).toBe(passage);
    expect(covered(b.doc, anchor)).toBe(passage);

    // A server or a late joiner that only has the merged state agrees.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(a.doc));
    expect(covered(fresh, anchor)).toBe(passage);
  });

  it('an anchor made on B resolves on A after the edits come back', () => {
    const [a, b] = replicas();
    const anchor = anchorOf(b.text, START, END);
    a.text.insert(0, 'Mở đầu. ');
    b.text.insert(END - 'new'.length, 'and ');
    sync(a.doc, b.doc);
    sync(b.doc, a.doc);
    expect(covered(a.doc, anchor)).toBe('brave and new');
    expect(covered(b.doc, anchor)).toBe('brave and new');
  });

  it('the encoded anchor is plain base64 that round-trips', () => {
    const [a] = replicas();
    const anchor = anchorOf(a.text, START, END);
    for (const end of [anchor.from, anchor.to]) expect(end).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const decoded = decodeAnchor(anchor);
    expect(decoded).not.toBeNull();
    if (!decoded) return;
    expect(encodeAnchor(decoded.from, decoded.to)).toEqual(anchor);
  });

  it('a replica that has not seen the passage yet reports it detached', () => {
    const [a] = replicas();
    const anchor = anchorOf(a.text, START, END);
    expect(resolveInText(new Y.Doc(), anchor)).toEqual({ detached: true });
  });

  it('ends in two different texts are detached', () => {
    const doc = new Y.Doc();
    const body = doc.getXmlFragment(BODY_FIELD);
    const first = new Y.XmlText('Đoạn một');
    const second = new Y.XmlText('Đoạn hai');
    const p1 = new Y.XmlElement('paragraph');
    const p2 = new Y.XmlElement('paragraph');
    p1.insert(0, [first]);
    p2.insert(0, [second]);
    body.insert(0, [p1, p2]);
    const anchor = encodeAnchor(
      Y.createRelativePositionFromTypeIndex(first, 2),
      Y.createRelativePositionFromTypeIndex(second, 4),
    );
    expect(resolveInText(doc, anchor)).toEqual({ detached: true });
  });
});

describe('unreadable anchors are detached, never an exception', () => {
  const [a] = replicas();
  const good = anchorOf(a.text, START, END);
  const GARBAGE: { name: string; anchor: Anchor }[] = [
    { name: 'not base64 at all', anchor: { from: '%%%not base64%%%', to: good.to } },
    { name: 'empty strings', anchor: { from: '', to: '' } },
    { name: 'base64 of a truncated position', anchor: { from: '/w==', to: good.to } },
    { name: 'base64 of random bytes', anchor: { from: good.from, to: '////////////' } },
    // "h" (104) is no kind of relative position: Yjs decodes it to a position naming nothing.
    { name: 'base64 of text', anchor: { from: btoa('hello'), to: btoa('world') } },
    { name: 'a position of an unknown kind', anchor: { from: 'BwA=', to: good.to } },
  ];
  it.each(GARBAGE)('$name', ({ anchor }) => {
    expect(() => resolveInText(a.doc, anchor)).not.toThrow();
    expect(resolveInText(a.doc, anchor)).toEqual({ detached: true });
  });
  // The server refuses an anchor that decodeAnchor cannot read (400 invalid-anchor).
  it.each(GARBAGE)('decodeAnchor refuses $name', ({ anchor }) => {
    expect(decodeAnchor(anchor)).toBeNull();
  });
});

describe('anchorRange', () => {
  it.each([
    { from: 2, to: 5, expected: { detached: false, from: 2, to: 5 } },
    { from: 0, to: 1, expected: { detached: false, from: 0, to: 1 } },
    { from: 3, to: 3, expected: { detached: true } },
    { from: 5, to: 2, expected: { detached: true } },
    { from: null, to: 4, expected: { detached: true } },
    { from: 1, to: null, expected: { detached: true } },
  ])('from $from to $to', ({ from, to, expected }) => {
    expect(anchorRange(from, to)).toEqual(expected);
  });
});
