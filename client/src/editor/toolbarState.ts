/** What the toolbars show, read from the editor after each transaction (useEditorState). */
import type { Editor } from '@tiptap/core';
import { TEXT_ALIGNS } from '../../../shared/editor/textAlign.js';

export type Chain = ReturnType<Editor['chain']>;

export function readToolbarState({ editor }: { editor: Editor }) {
  const can = editor.isEditable;
  const check = editor.can();
  return {
    editable: can,
    canUndo: can && check.undo(),
    canRedo: can && check.redo(),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    superscript: editor.isActive('superscript'),
    subscript: editor.isActive('subscript'),
    h2: editor.isActive('heading', { level: 2 }),
    h3: editor.isActive('heading', { level: 3 }),
    blockquote: editor.isActive('blockquote'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    link: editor.isActive('link'),
    align: TEXT_ALIGNS.find((align) => editor.isActive({ textAlign: align })) ?? null,
    canFootnote: can && check.insertFootnote(),
    inTable: can && editor.isActive('table'),
    inFigure: can && editor.isActive('figure'),
  };
}

export type ToolbarState = ReturnType<typeof readToolbarState>;

/** The table menu's state; read only while the caret is in a table. */
export function readTableState({ editor }: { editor: Editor }) {
  const check = editor.can();
  const { $from } = editor.state.selection;
  let table = null;
  for (let depth = $from.depth; depth > 0 && !table; depth -= 1)
    if ($from.node(depth).type.name === 'table') table = $from.node(depth);
  return {
    caption: String(editor.getAttributes('table').caption ?? ''),
    canMerge: check.mergeCells(),
    canSplit: check.splitCell(),
    canDeleteRow: check.deleteRow(),
    canDeleteColumn: check.deleteColumn(),
    headerRow: table?.firstChild?.firstChild?.type.name === 'tableHeader',
  };
}
