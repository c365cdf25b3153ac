import { yXmlFragmentToProseMirrorRootNode, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentSchema, HEADING_LEVELS } from '../../shared/editor/content.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';

describe('the shared content schema', () => {
  it('holds what the editor holds: headings, lists, tables and links', () => {
    const schema = contentSchema();
    for (const node of [
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'table',
      'tableHeader',
    ]) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'underline', 'link']) {
      expect(schema.marks[mark], mark).toBeDefined();
    }
    expect(HEADING_LEVELS).toEqual([2, 3, 4]);
  });

  it('reads a section body out of Yjs on the server, without an editor', () => {
    const schema = contentSchema();
    const doc = new Y.Doc();
    const json = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Hiện trạng' }] },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'Tăng trưởng 8,2%', marks: [{ type: 'bold' }] }],
        },
      ],
    };
    prosemirrorJSONToYXmlFragment(schema, json, doc.getXmlFragment(BODY_FIELD));
    const node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), schema);
    expect(node.childCount).toBe(2);
    expect(node.child(0).textContent).toBe('Hiện trạng');
    expect(node.child(1).firstChild?.marks.map((m) => m.type.name)).toEqual(['bold']);
  });
});
