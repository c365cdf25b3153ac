/**
 * Typing `#` in the text opens the indicator picker instead of writing the character; the picker
 * writes the `#` back if the writer closes it without choosing, so the character stays typable.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export interface HashTriggerOptions {
  onTrigger: () => void;
}

export const HashTrigger = Extension.create<HashTriggerOptions>({
  name: 'indicatorHashTrigger',
  addOptions: () => ({ onTrigger: () => undefined }),
  addProseMirrorPlugins() {
    const { onTrigger } = this.options;
    return [
      new Plugin({
        key: new PluginKey('indicatorHashTrigger'),
        props: {
          handleTextInput: (view, _from, _to, text) => {
            if (text !== '#' || !view.editable || view.composing) return false;
            onTrigger();
            return true;
          },
        },
      }),
    ];
  },
});
