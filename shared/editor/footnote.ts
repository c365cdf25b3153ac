/**
 * A footnote: an inline node holding its own text where it is cited, so it is edited in place
 * and travels with the sentence it belongs to. Numbers are not stored: they are the footnote's
 * order in the section (the editor draws them with a CSS counter, the export counts them).
 */
import { Node } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /**
       * Inserts a footnote after the selection holding `text`, selected, so the writer types the
       * source over it (a browser cannot put a caret inside an empty inline node).
       */
      insertFootnote: (text?: string) => ReturnType;
    };
  }
}

export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  content: 'text*',
  // Sources are cited with italic titles; other footnotes cannot nest in one.
  marks: 'italic bold underline superscript subscript link',
  selectable: false,
  parseHTML: () => [{ tag: 'span[data-footnote]' }],
  renderHTML: () => ['span', { 'data-footnote': '', class: 'footnote' }, 0],
  addCommands() {
    return {
      insertFootnote:
        (text = '') =>
        ({ state, tr, dispatch }) => {
          // After the selected words, which stay: a note cites them, it does not replace them.
          const { $to, to } = state.selection;
          if (!$to.parent.canReplaceWith($to.index(), $to.index(), this.type)) return false;
          const node = this.type.create(null, text ? state.schema.text(text) : null);
          if (dispatch) {
            tr.insert(to, node);
            // Inside the new footnote, its text selected: the writer types the source right away.
            tr.setSelection(TextSelection.create(tr.doc, to + 1, to + 1 + node.content.size));
          }
          return true;
        },
    };
  },
});
