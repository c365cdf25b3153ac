/**
 * Tables a statistician accepts: TableKit's merged cells, header cells, column widths and cell
 * alignment, plus a caption. The caption is an attribute of the table (not a node beside it), so
 * table commands that delete or rebuild a table cannot leave an orphan caption behind; it is
 * plain text, numbered by the editor and the export (captions.ts).
 */
import { createTable, Table } from '@tiptap/extension-table';
import { TextSelection } from '@tiptap/pm/state';
import { parsedElement } from './parsedElement.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    tableCaption: { setTableCaption: (caption: string) => ReturnType };
  }
}

export const MAX_CAPTION_LENGTH = 500;

export const CaptionedTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: '',
        parseHTML: (element) => {
          const el = parsedElement(element);
          const text =
            el.getAttribute('data-caption') ?? el.querySelector(':scope > caption')?.textContent;
          return (text ?? '').trim().slice(0, MAX_CAPTION_LENGTH);
        },
        // An attribute, so copy and paste keeps it; the editor draws it with its number.
        renderHTML: (attributes) =>
          attributes.caption ? { 'data-caption': String(attributes.caption) } : {},
      },
    };
  },
  addCommands() {
    return {
      ...this.parent?.(),
      // Tiptap's own puts the caret one position after where the table went, which lands
      // outside it when the table splits a paragraph: here it goes into the first cell.
      insertTable:
        ({ rows = 3, cols = 3, withHeaderRow = true } = {}) =>
        ({ tr, dispatch, editor }) => {
          const table = createTable(editor.schema, rows, cols, withHeaderRow);
          if (dispatch) {
            const start = tr.selection.from;
            tr.replaceSelectionWith(table);
            let at = -1;
            tr.doc.nodesBetween(tr.mapping.map(start, -1), tr.doc.content.size, (node, pos) => {
              if (at < 0 && node.type.name === this.name) at = pos;
              return at < 0;
            });
            if (at >= 0) tr.setSelection(TextSelection.near(tr.doc.resolve(at + 1)));
            tr.scrollIntoView();
          }
          return true;
        },
      setTableCaption:
        (caption) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, {
            caption: caption.trim().slice(0, MAX_CAPTION_LENGTH),
          }),
    };
  },
});
