/**
 * Paragraph and heading alignment. The official style (Decree 30/2020) justifies body text, so
 * `justify` is a value like the others and the export maps it one to one.
 */
import { Extension } from '@tiptap/core';
import { parsedElement } from './parsedElement.js';

export const TEXT_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlignValue = (typeof TEXT_ALIGNS)[number];

/** Word's keys: Ctrl+Shift+L, E, R, J. */
export const ALIGN_KEYS: Record<TextAlignValue, string> = {
  left: 'L',
  center: 'E',
  right: 'R',
  justify: 'J',
};

const isAlign = (value: unknown): value is TextAlignValue =>
  (TEXT_ALIGNS as readonly unknown[]).includes(value);

const ALIGNED_NODES = ['paragraph', 'heading'];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    textAlign: {
      /** Aligns every paragraph and heading the selection touches; null goes back to default. */
      setTextAlign: (align: TextAlignValue | null) => ReturnType;
    };
  }
}

export const TextAlign = Extension.create({
  name: 'textAlign',
  addGlobalAttributes() {
    return [
      {
        types: ALIGNED_NODES,
        attributes: {
          textAlign: {
            default: null,
            parseHTML: (element) => {
              const value = parsedElement(element).style.textAlign;
              return isAlign(value) ? value : null;
            },
            renderHTML: (attributes) =>
              isAlign(attributes.textAlign) ? { style: `text-align: ${attributes.textAlign}` } : {},
          },
        },
      },
    ];
  },
  addCommands() {
    return {
      setTextAlign:
        (align) =>
        ({ commands }) =>
          ALIGNED_NODES.map((type) => commands.updateAttributes(type, { textAlign: align })).some(
            Boolean,
          ),
    };
  },
  addKeyboardShortcuts() {
    return Object.fromEntries(
      TEXT_ALIGNS.map((align) => [
        `Mod-Shift-${ALIGN_KEYS[align].toLowerCase()}`,
        () => this.editor.commands.setTextAlign(align),
      ]),
    );
  },
});
