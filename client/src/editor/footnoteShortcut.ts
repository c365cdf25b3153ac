/** Ctrl+Alt+F inserts a footnote holding a placeholder in the interface language, selected. */
import { Extension } from '@tiptap/core';

export const FootnoteShortcut = Extension.create<{ placeholder: string }>({
  name: 'footnoteShortcut',
  addOptions: () => ({ placeholder: '…' }),
  addKeyboardShortcuts() {
    return { 'Mod-Alt-f': () => this.editor.commands.insertFootnote(this.options.placeholder) };
  },
});
