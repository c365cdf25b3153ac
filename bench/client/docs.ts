import * as Y from 'yjs';

/** Documents and traces the workloads load or replay, built deterministically in memory. */

/** mulberry32: a tiny seeded PRNG, so every run replays the same trace and documents. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'quy hoạch tỉnh thời kỳ tầm nhìn phát triển kinh tế xã hội hạ tầng giao thông đô thị nông thôn môi trường tài nguyên dân số lao động du lịch công nghiệp cửa khẩu biên giới'.split(
    ' ',
  );

function sentence(random: () => number, chars: number): string {
  let out = '';
  while (out.length < chars) out += `${WORDS[Math.floor(random() * WORDS.length)] ?? 'x'} `;
  return out.slice(0, chars);
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** A small section (~1 KB of text in a few paragraphs): what W1 keeps loaded. */
export function smallDocUpdate(seed: number): Uint8Array {
  const random = prng(seed);
  const doc = new Y.Doc();
  doc.getXmlFragment('body').insert(
    0,
    [0, 1, 2, 3].map(() => paragraph(sentence(random, 250))),
  );
  return Y.encodeStateAsUpdate(doc);
}

export interface BigDocument {
  /** The final document as one update: the "compacted" variant. */
  compacted: Uint8Array;
  /** The document before the last `log.length` edits: the snapshot of the "log" variant… */
  base: Uint8Array;
  /** …and the edits after it, one update each. */
  log: Uint8Array[];
  chars: number;
}

/** W5's section: `paragraphs` paragraphs of `chars` characters, then `edits` typed keystrokes. */
export function bigDocument(paragraphs: number, chars: number, edits: number): BigDocument {
  const random = prng(5);
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  body.insert(
    0,
    Array.from({ length: paragraphs }, () => paragraph(sentence(random, chars))),
  );
  const base = Y.encodeStateAsUpdate(doc);
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  let text: Y.XmlText | null = null;
  let offset = 0;
  for (let i = 0; i < edits; i++) {
    // Bursts of 20 keystrokes at one place, as people type, then a jump elsewhere.
    if (i % 20 === 0 || !text) {
      const element = body.get(Math.floor(random() * paragraphs)) as Y.XmlElement;
      text = element.get(0) as Y.XmlText;
      offset = Math.floor(random() * text.length);
    }
    text.insert(offset++, WORDS[i % WORDS.length]?.[0] ?? 'a');
  }
  return { compacted: Y.encodeStateAsUpdate(doc), base, log, chars: paragraphs * chars + edits };
}

export interface Trace {
  updates: Uint8Array[];
  /** The writer's clock after each update: W4 follows a peer's progress by it. */
  clockAfter: number[];
  clientID: number;
  inserts: number;
  deletes: number;
}

/**
 * A single-writer editing trace synthesised to match the statistics of the automerge-perf trace
 * (Kleppmann's LaTeX paper: 259,778 single-character edits, 70% inserts and 30% deletes, typed in
 * runs with occasional jumps, deletions mostly backspace runs). One Yjs update per edit.
 */
export function editingTrace(ops: number): Trace {
  const random = prng(4);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const clockAfter: number[] = [];
  doc.on('update', (update: Uint8Array) => {
    updates.push(update);
    clockAfter.push(Y.getState(doc.store, doc.clientID));
  });
  // The paragraph itself is the trace's first update.
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  element.insert(0, [text]);
  doc.getXmlFragment('body').insert(0, [element]);
  let cursor = 0;
  let deleting = false;
  let inserts = 0;
  let deletes = 0;
  for (let i = 0; i < ops; i++) {
    // Markov chain: typing → backspacing 12.7%, backspacing → typing 30% gives 30% deletes overall.
    deleting = deleting ? random() >= 0.3 : random() < 0.127;
    if (random() < 0.02) cursor = Math.floor(random() * (text.length + 1));
    if (deleting && cursor > 0) {
      text.delete(--cursor, 1);
      deletes++;
    } else {
      text.insert(cursor++, WORDS[i % WORDS.length]?.[i % 3] ?? 'e');
      inserts++;
    }
  }
  return { updates, clockAfter, clientID: doc.clientID, inserts, deletes };
}
