/**
 * Tables a statistician accepts: TableKit's merged cells, header cells, column widths and cell
 * alignment, plus a caption. The caption is an attribute of the table (not a node beside it), so
 * table commands that delete or rebuild a table cannot leave an orphan caption behind; it is
 * plain text, numbered by the editor and the export (captions.ts).
 */
import { Table } from '@tiptap/extension-table';
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
      setTableCaption:
        (caption) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, {
            caption: caption.trim().slice(0, MAX_CAPTION_LENGTH),
          }),
    };
  },
});
