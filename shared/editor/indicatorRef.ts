/**
 * A reference to a figure of the indicator registry (shared/indicators.ts): an inline atom that
 * holds only the indicator's id and the year. What it shows — the live value, or the value
 * frozen when its section was approved — is drawn by whoever renders it (the editor's node
 * view, the Word export), so a change in the registry never writes to the sections citing it.
 */
import { Node, type NodeViewRenderer } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { isIndicatorYear } from '../indicators.js';
import { parsedElement } from './parsedElement.js';

export const INDICATOR_REF = 'indicatorRef';

export interface IndicatorRefAttrs {
  indicator: string;
  year: number;
}

export interface IndicatorRefOptions {
  /** The editor draws the value; converters without a view keep the static rendering. */
  nodeView: NodeViewRenderer | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    indicatorRef: {
      /** Replaces the selection with a reference (the selection is the `#` typed, or nothing). */
      insertIndicatorRef: (attrs: IndicatorRefAttrs) => ReturnType;
    };
  }
}

const INDICATOR_ID = /^[A-Za-z0-9_.-]{1,160}$/;

/** The reference's attributes, or null when they are not a real reference. */
export function indicatorRefAttrs(node: ProseMirrorNode): IndicatorRefAttrs | null {
  const { indicator, year } = node.attrs as { indicator: unknown; year: unknown };
  if (typeof indicator !== 'string' || !INDICATOR_ID.test(indicator)) return null;
  if (typeof year !== 'number' || !isIndicatorYear(year)) return null;
  return { indicator, year };
}

/** Every reference in a document, in reading order (duplicates kept: usage counts them). */
export function indicatorRefsIn(doc: ProseMirrorNode): IndicatorRefAttrs[] {
  const refs: IndicatorRefAttrs[] = [];
  doc.descendants((node) => {
    if (node.type.name !== INDICATOR_REF) return true;
    const attrs = indicatorRefAttrs(node);
    if (attrs) refs.push(attrs);
    return false;
  });
  return refs;
}

export const IndicatorRef = Node.create<IndicatorRefOptions>({
  name: INDICATOR_REF,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  addOptions: () => ({ nodeView: null }),
  addAttributes() {
    return {
      indicator: { default: '', rendered: false },
      year: { default: 0, rendered: false },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'span[data-indicator]',
        getAttrs: (dom) => {
          const element = parsedElement(dom);
          const indicator = element.getAttribute('data-indicator') ?? '';
          const year = Number(element.getAttribute('data-year'));
          if (!INDICATOR_ID.test(indicator) || !isIndicatorYear(year)) return false;
          return { indicator, year };
        },
      },
    ];
  },
  renderHTML({ node }) {
    const { indicator, year } = node.attrs as IndicatorRefAttrs;
    return [
      'span',
      { 'data-indicator': indicator, 'data-year': String(year), class: 'indicator-ref' },
      `#${indicator.split('.').pop() ?? indicator} ${year}`,
    ];
  },
  renderText: ({ node }) => {
    const { indicator, year } = node.attrs as IndicatorRefAttrs;
    return `#${indicator.split('.').pop() ?? indicator} ${year}`;
  },
  addNodeView() {
    return this.options.nodeView;
  },
  addCommands() {
    return {
      insertIndicatorRef:
        ({ indicator, year }) =>
        ({ commands }) =>
          INDICATOR_ID.test(indicator) &&
          isIndicatorYear(year) &&
          commands.insertContent({ type: this.name, attrs: { indicator, year } }),
    };
  },
});
