/**
 * Every node and mark added for plan content (figures, captioned tables with merged cells,
 * footnotes, scripts, alignment, page breaks) survives the schema and Yjs, and two documents
 * that edit such content concurrently converge.
 */
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentSchema } from '../../shared/editor/content.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

const HASH = 'a'.repeat(64);
const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const cell = (
  type: 'tableCell' | 'tableHeader',
  value: string,
  attrs: Record<string, unknown> = {},
): JSONContent => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null, ...attrs },
  content: [paragraph(text(value))],
});

/** A statistical table: a merged header over two year columns, widths and alignment. */
const STATISTICS_TABLE: JSONContent = {
  type: 'table',
  attrs: { caption: 'Giá trị sản xuất công nghiệp' },
  content: [
    {
      type: 'tableRow',
      content: [
        cell('tableHeader', 'Ngành', { rowspan: 2, colwidth: [180] }),
        cell('tableHeader', 'Giá trị (tỷ đồng)', { colspan: 2, colwidth: [90, 90] }),
      ],
    },
    {
      type: 'tableRow',
      content: [cell('tableHeader', '2020'), cell('tableHeader', '2025')],
    },
    {
      type: 'tableRow',
      content: [
        cell('tableCell', 'Chế biến'),
        cell('tableCell', '1.250', { align: 'right' }),
        cell('tableCell', '2.100', { align: 'right' }),
      ],
    },
  ],
};

const BODY: JSONContent = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      attrs: { textAlign: 'justify' },
      content: [
        text('Diện tích 8.310 km'),
        text('2', [{ type: 'superscript' }]),
        text(', phát thải CO'),
        text('2', [{ type: 'subscript' }]),
        { type: 'footnote', content: [text('Niên giám thống kê 2020', [{ type: 'italic' }])] },
      ],
    },
    {
      type: 'figure',
      attrs: { file: HASH, width: 75, alt: 'Bản đồ hành chính' },
      content: [text('Bản đồ hành chính tỉnh Lạng Sơn')],
    },
    STATISTICS_TABLE,
    { type: 'pageBreak' },
    { type: 'blockquote', content: [paragraph(text('Trích dẫn'))] },
    { type: 'horizontalRule' },
  ],
};

function toYjs(json: JSONContent): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(contentSchema(), json, doc.getXmlFragment(BODY_FIELD));
  return doc;
}

const fromYjs = (doc: Y.Doc) =>
  yXmlFragmentToProseMirrorRootNode(
    doc.getXmlFragment(BODY_FIELD),
    contentSchema(),
  ).toJSON() as JSONContent;

describe('plan content in the shared schema', () => {
  it('knows every new node and mark', () => {
    const schema = contentSchema();
    for (const node of ['figure', 'footnote', 'pageBreak', 'blockquote', 'horizontalRule']) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['superscript', 'subscript']) expect(schema.marks[mark], mark).toBeDefined();
    expect(schema.nodes.table?.spec.attrs).toHaveProperty('caption');
    expect(schema.nodes.tableCell?.spec.attrs).toHaveProperty('align');
    expect(schema.nodes.paragraph?.spec.attrs).toHaveProperty('textAlign');
    expect(schema.nodes.heading?.spec.attrs).toHaveProperty('textAlign');
  });

  it('accepts a section with all of it, unchanged through JSON', () => {
    const node = contentSchema().nodeFromJSON(BODY);
    node.check();
    expect(node.toJSON()).toEqual(contentSchema().nodeFromJSON(node.toJSON()).toJSON());
    const [first, figure, table] = [node.child(0), node.child(1), node.child(2)];
    expect(first.attrs.textAlign).toBe('justify');
    expect(figure.attrs).toEqual({ file: HASH, width: 75, alt: 'Bản đồ hành chính' });
    expect(figure.textContent).toBe('Bản đồ hành chính tỉnh Lạng Sơn');
    expect(table.attrs.caption).toBe('Giá trị sản xuất công nghiệp');
    expect(table.child(0).child(1).attrs.colspan).toBe(2);
    expect(table.child(0).child(0).attrs.rowspan).toBe(2);
  });

  it('goes through Yjs and back unchanged', () => {
    const expected = contentSchema().nodeFromJSON(BODY).toJSON() as JSONContent;
    expect(fromYjs(toYjs(BODY))).toEqual(expected);
  });

  it('keeps a footnote to the text it may hold', () => {
    const schema = contentSchema();
    const nested = {
      type: 'footnote',
      content: [{ type: 'footnote', content: [text('x')] }],
    };
    expect(() => schema.nodeFromJSON(paragraph(nested)).check()).toThrow();
    expect(() =>
      schema.nodeFromJSON({ type: 'doc', content: [{ type: 'footnote' }] }).check(),
    ).toThrow();
  });

  it('converges when two writers change a figure, a merged table and a footnote at once', () => {
    const a = toYjs(BODY);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fragment = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD);

    // A widens the figure and recaptions the table; B adds a footnote and a new figure.
    const figureA = fragment(a).get(1) as Y.XmlElement;
    figureA.setAttribute('width', 50 as unknown as string);
    (fragment(a).get(2) as Y.XmlElement).setAttribute('caption', 'Giá trị sản xuất (giá 2010)');
    const firstB = fragment(b).get(0) as Y.XmlElement;
    const footnote = new Y.XmlElement('footnote');
    footnote.insert(0, [new Y.XmlText('Sở Công Thương, 2024')]);
    firstB.insert(firstB.length, [footnote]);
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('file', 'b'.repeat(64));
    fragment(b).insert(3, [figure]);

    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    const [jsonA, jsonB] = [fromYjs(a), fromYjs(b)];
    expect(jsonA).toEqual(jsonB);
    const node = contentSchema().nodeFromJSON(jsonA);
    node.check();
    expect(node.child(1).attrs.width).toBe(50);
    expect(node.child(2).attrs.caption).toBe('Giá trị sản xuất (giá 2010)');
    expect(node.child(3).attrs.file).toBe('b'.repeat(64));
    let footnotes = 0;
    node.descendants((n) => {
      if (n.type.name === 'footnote') footnotes += 1;
    });
    expect(footnotes).toBe(2);
  });
});
