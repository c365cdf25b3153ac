/**
 * A figure (a map, a chart, a photo): an uploaded image and its caption, which is edited in
 * place. The document holds only the file's SHA-256; where the bytes are served from is the
 * caller's business (`fileUrl`), so the server's converters can read the same nodes.
 */
import { Node } from '@tiptap/core';
import { parsedElement } from './parsedElement.js';

export const FILE_HASH = /^[0-9a-f]{64}$/;
export const FIGURE_WIDTHS = [25, 50, 75, 100] as const;
const DEFAULT_WIDTH = 100;

export interface FigureAttrs {
  file: string;
  /** Percent of the text width. */
  width: number;
  alt: string;
}

export interface FigureOptions {
  /** The address the editor loads a file's bytes from. */
  fileUrl: (hash: string) => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      insertFigure: (attrs: { file: string; alt?: string; width?: number }) => ReturnType;
      setFigureWidth: (width: number) => ReturnType;
    };
  }
}

const clampWidth = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number.parseInt(String(value), 10);
  return Number.isFinite(n) ? Math.min(100, Math.max(10, Math.round(n))) : DEFAULT_WIDTH;
};

export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,
  addOptions: () => ({ fileUrl: (hash: string) => `files/${hash}` }),
  addAttributes() {
    return {
      file: { default: '', rendered: false },
      width: { default: DEFAULT_WIDTH, rendered: false },
      alt: { default: '', rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-file]',
        contentElement: 'figcaption',
        getAttrs: (dom) => {
          const element = parsedElement(dom);
          const file = element.getAttribute('data-file') ?? '';
          if (!FILE_HASH.test(file)) return false;
          return {
            file,
            width: clampWidth(element.getAttribute('data-width')),
            alt: element.querySelector('img')?.getAttribute('alt') ?? '',
          };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { file, width, alt } = node.attrs as FigureAttrs;
    const safeFile = FILE_HASH.test(file) ? file : '';
    return [
      'figure',
      {
        'data-file': safeFile,
        'data-width': String(clampWidth(width)),
        class: 'figure',
        style: `width: ${clampWidth(width)}%`,
      },
      ['img', { src: safeFile ? this.options.fileUrl(safeFile) : '', alt, draggable: 'false' }],
      ['figcaption', 0],
    ];
  },
  addCommands() {
    return {
      insertFigure:
        ({ file, alt = '', width = DEFAULT_WIDTH }) =>
        ({ commands }) =>
          FILE_HASH.test(file) &&
          commands.insertContent({
            type: this.name,
            attrs: { file, alt, width: clampWidth(width) },
          }),
      setFigureWidth:
        (width) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { width: clampWidth(width) }),
    };
  },
});
