/** readableBody: the editor's conversion for ordinary documents, text only for too-deep ones. */
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readableBody } from '../../server/collab/readableBody.js';
import { contentSchema } from '../../shared/editor/content.js';
import { MAX_NESTING_DEPTH } from '../../shared/protocol/collab.js';

const schema = contentSchema();

function quotes(levels: number): Y.Doc {
  const doc = new Y.Doc();
  // One transaction: outside one, each level's observer pass walks every level above it.
  doc.transact(() => {
    let parent: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment('body');
    for (let i = 0; i < levels; i++) {
      const quote = new Y.XmlElement('blockquote');
      parent.insert(0, [quote]);
      parent = quote;
    }
    const paragraph = new Y.XmlElement('paragraph');
    parent.insert(0, [paragraph]);
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    text.insert(0, 'Đồng Đăng ');
    text.insert(10, 'đậm', { bold: true });
  });
  return doc;
}

describe('readableBody', () => {
  it('converts an ordinary document exactly as the editor does, marks and all', () => {
    const doc = quotes(3);
    const expected = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('body'), schema);
    expect(readableBody(doc, schema).toJSON()).toEqual(expected.toJSON());
  });

  it('reads a document nested 10,000 levels deep as its text, where the library overflows', () => {
    const doc = quotes(10_000);
    expect(() => yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('body'), schema)).toThrow(
      RangeError,
    );
    const node = readableBody(doc, schema);
    expect(node.childCount).toBe(1);
    expect(node.textContent).toBe('Đồng Đăng đậm');
  });

  it('keeps the structure up to the limit', () => {
    const node = readableBody(quotes(MAX_NESTING_DEPTH - 2), schema);
    expect(node.firstChild?.type.name).toBe('blockquote');
  });
});
