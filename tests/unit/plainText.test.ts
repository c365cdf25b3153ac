/**
 * The text and word count the server computes from a section body (section facts), as tables:
 * Vietnamese with diacritics (composed and decomposed), Vietnamese numbers (1.624,8), the
 * shapes a ProseMirror document takes in Yjs (paragraphs, headings, lists, tables, marks).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countWords, plainText } from '../../server/collab/plainText.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

describe('countWords', () => {
  it.each<{ text: string; words: number }>([
    { text: '', words: 0 },
    { text: '   \n\t ', words: 0 },
    { text: 'Quy hoạch tỉnh Lạng Sơn', words: 5 },
    { text: 'Tổng vốn đầu tư 1.624,8 tỷ đồng', words: 7 },
    { text: 'GRDP tăng 8,5%/năm giai đoạn 2021–2030', words: 6 },
    { text: '1.624,8', words: 1 },
    { text: '831.018 ha', words: 2 },
    { text: 'một\nhai\tba\r\nbốn', words: 4 },
    { text: 'Lạng\u00a0Sơn', words: 2 },
    { text: 'Lạng\u202fSơn', words: 2 },
    { text: 'Đồng Đăng – Lạng Sơn', words: 4 },
    { text: '– — … , ; : ( ) " \'', words: 0 },
    { text: '(2021–2030)', words: 1 },
    { text: 'Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.', words: 9 },
    { text: 'ĐƯỜNG CAO TỐC HỮU NGHỊ – CHI LĂNG', words: 7 },
    { text: 'IV.5 Phương án', words: 3 },
    { text: '👍 🚀', words: 0 },
    { text: '  đầu   cuối  ', words: 2 },
  ])('"$text" → $words', ({ text, words }) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts decomposed (NFD) Vietnamese the same as composed', () => {
    const text = 'Phương án phát triển mạng lưới giao thông';
    expect(countWords(text.normalize('NFD'))).toBe(countWords(text.normalize('NFC')));
    expect(countWords(text.normalize('NFD'))).toBe(8);
  });
});

/* ---------- building section bodies as the editor stores them ---------- */

type Node =
  string | { tag: string; children: Node[] } | { marked: [string, Record<string, unknown>][] };

const el = (tag: string, ...children: Node[]): Node => ({ tag, children });

function build(node: Node): Y.XmlElement | Y.XmlText {
  if (typeof node === 'string') return new Y.XmlText(node);
  if ('marked' in node) {
    const text = new Y.XmlText();
    let at = 0;
    for (const [chunk, attributes] of node.marked) {
      text.insert(at, chunk, attributes);
      at += chunk.length;
    }
    return text;
  }
  const element = new Y.XmlElement(node.tag);
  element.insert(0, node.children.map(build));
  return element;
}

function body(...nodes: Node[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(BODY_FIELD);
  fragment.insert(0, nodes.map(build));
  return fragment;
}

describe('plainText of a section body', () => {
  it('puts each paragraph on its own line', () => {
    expect(plainText(body(el('paragraph', 'Một'), el('paragraph', 'Hai')))).toBe('Một\nHai\n');
  });

  it.each<{ name: string; nodes: Node[]; text: string; words: number }>([
    { name: 'empty body', nodes: [], text: '', words: 0 },
    { name: 'an empty paragraph', nodes: [el('paragraph')], text: '', words: 0 },
    {
      name: 'two paragraphs',
      nodes: [el('paragraph', 'Ngành công nghiệp'), el('paragraph', 'chế biến, chế tạo')],
      text: 'Ngành công nghiệp chế biến, chế tạo',
      words: 7,
    },
    {
      name: 'a heading and a paragraph do not run together',
      nodes: [el('heading', 'III.1'), el('paragraph', 'Công nghiệp')],
      text: 'III.1 Công nghiệp',
      words: 3,
    },
    {
      name: 'marks (bold, italic) inside a paragraph',
      nodes: [
        el('paragraph', {
          marked: [
            ['Tổng vốn ', {}],
            ['1.624,8', { bold: {} }],
            [' tỷ ', {}],
            ['đồng', { italic: {} }],
          ],
        }),
      ],
      text: 'Tổng vốn 1.624,8 tỷ đồng',
      words: 5,
    },
    {
      name: 'a hard break between two lines',
      nodes: [el('paragraph', 'dòng một', el('hardBreak'), 'dòng hai')],
      text: 'dòng một dòng hai',
      words: 4,
    },
    {
      name: 'a bullet list',
      nodes: [
        el(
          'bulletList',
          el('listItem', el('paragraph', 'Cửa khẩu Hữu Nghị')),
          el('listItem', el('paragraph', 'Cửa khẩu Tân Thanh')),
        ),
      ],
      text: 'Cửa khẩu Hữu Nghị Cửa khẩu Tân Thanh',
      words: 8,
    },
    {
      name: 'a table',
      nodes: [
        el(
          'table',
          el(
            'tableRow',
            el('tableHeader', el('paragraph', 'Chỉ tiêu')),
            el('tableHeader', el('paragraph', '2030')),
          ),
          el(
            'tableRow',
            el('tableCell', el('paragraph', 'GRDP (nghìn tỷ)')),
            el('tableCell', el('paragraph', '1.624,8')),
          ),
        ),
      ],
      text: 'Chỉ tiêu 2030 GRDP (nghìn tỷ) 1.624,8',
      words: 7,
    },
  ])('$name', ({ nodes, text, words }) => {
    const fragment = body(...nodes);
    // Blocks are separated by line breaks; how many is not the point, that they never run together is.
    expect(plainText(fragment).replace(/\s+/gu, ' ').trim()).toBe(text);
    expect(countWords(plainText(fragment))).toBe(words);
  });

  it('follows concurrent edits: the count is of the merged document', () => {
    const a = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Quy hoạch tỉnh')]);
    a.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const textA = (a.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const textB = (b.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    textA.insert(textA.length, ' Lạng Sơn');
    textB.insert(0, 'Dự thảo ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(plainText(a.getXmlFragment(BODY_FIELD))).toBe('Dự thảo Quy hoạch tỉnh Lạng Sơn\n');
    expect(countWords(plainText(a.getXmlFragment(BODY_FIELD)))).toBe(7);
  });
});
