/**
 * Draws the numbers of figures and tables in the text ("Hình III.1.2: ", "Bảng III.1.1: title"):
 * decorations computed from the document, never stored, so they renumber as figures and tables
 * move. The text is Vietnamese whatever the interface language, as the export is.
 */
import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { numberCaptions } from '../../../shared/editor/captions.js';

export interface CaptionLabelOptions {
  sectionNumber: string;
}

function labelElement(tag: 'span' | 'div', className: string, text: string) {
  return () => {
    const element = document.createElement(tag);
    element.className = className;
    element.contentEditable = 'false';
    element.textContent = text;
    return element;
  };
}

function decorate(doc: Node, sectionNumber: string): DecorationSet {
  const decorations = numberCaptions(doc, sectionNumber).map(({ pos, kind, label }) => {
    if (kind === 'figure') {
      // Inside the figure's caption, before its text.
      return Decoration.widget(pos + 1, labelElement('span', 'caption-label', `${label}: `), {
        side: -1,
        key: `figure ${label}`,
      });
    }
    const title = String(doc.nodeAt(pos)?.attrs.caption ?? '');
    const text = title ? `${label}: ${title}` : label;
    return Decoration.widget(pos, labelElement('div', 'table-caption', text), {
      side: -1,
      key: `table ${text}`,
    });
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>('captionLabels');

export const CaptionLabels = Extension.create<CaptionLabelOptions>({
  name: 'captionLabels',
  addOptions: () => ({ sectionNumber: '' }),
  addProseMirrorPlugins() {
    const { sectionNumber } = this.options;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc, sectionNumber),
          apply: (tr, old) => (tr.docChanged ? decorate(tr.doc, sectionNumber) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
