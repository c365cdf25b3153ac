/**
 * What a section's text can hold: the editor's node and mark extensions, without the
 * collaboration and presence layers. The browser editor and the server's converters (Word
 * import and export, comparisons, search) build on this one list, so what the editor can hold
 * and what the converters produce cannot drift apart.
 */
import { getSchema, type Extensions } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Schema } from '@tiptap/pm/model';
import { Figure, type FigureOptions } from './figure.js';
import { Footnote } from './footnote.js';
import { IndicatorRef, type IndicatorRefOptions } from './indicatorRef.js';
import { Subscript, Superscript } from './marks.js';
import { PageBreak } from './pageBreak.js';
import { isSafeLinkUrl } from './safeUrl.js';
import { CaptionedTable } from './table.js';
import { TextAlign } from './textAlign.js';

/** Section text starts below the section's own title (h1 is the page's). */
export const HEADING_LEVELS = [2, 3, 4] as const;

export interface ContentOptions {
  /** Where the editor loads a figure's file from (the server's converters need no address). */
  fileUrl?: FigureOptions['fileUrl'];
  /** Column widths dragged with the mouse: only an editor in a browser can. */
  resizableTables?: boolean;
  /** How the editor draws an indicator reference's value (the server's converters need none). */
  indicatorRefView?: IndicatorRefOptions['nodeView'];
}

export function contentExtensions(options: ContentOptions = {}): Extensions {
  return [
    StarterKit.configure({
      // Yjs owns history: the Collaboration extension brings its own undo manager.
      undoRedo: false,
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: [],
        isAllowedUri: (url) => isSafeLinkUrl(url),
        shouldAutoLink: (url) => isSafeLinkUrl(url) || isSafeLinkUrl(`https://${url}`),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
    }),
    // The table itself is ours (it has a caption); rows and cells are TableKit's.
    TableKit.configure({ table: false }),
    CaptionedTable.configure({ resizable: options.resizableTables ?? false }),
    Figure.configure(options.fileUrl ? { fileUrl: options.fileUrl } : {}),
    Footnote,
    Superscript,
    Subscript,
    TextAlign,
    PageBreak,
    IndicatorRef.configure({ nodeView: options.indicatorRefView ?? null }),
  ];
}

/** The ProseMirror schema of section text, for code that has no editor (the server). */
export function contentSchema(): Schema {
  return getSchema(contentExtensions());
}
