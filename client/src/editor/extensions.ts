/** The editor's extensions: the shared content schema, plus collaboration, presence and review. */
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { contentExtensions } from '../../../shared/editor/content.js';
import type { PublicUser } from '../../../shared/model.js';
import { BODY_FIELD } from '../../../shared/protocol/collab.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { CommentHighlights } from '../review/highlights/commentHighlights.js';
import { CaptionLabels } from './captionLabels.js';
import { FootnoteShortcut } from './footnoteShortcut.js';
import { renderCaret } from './caret.js';
import { colorFor } from './colors.js';
import { PendingSelection } from './pendingSelection.js';

export interface SectionContext {
  planId: string;
  sectionNumber: string;
  /** What a new footnote holds, selected, until the writer types its source. */
  footnotePlaceholder: string;
}

/** Where the browser loads a figure's bytes (GET /api/plans/:planId/files/:hash). */
export const fileUrl = (planId: string) => (hash: string) =>
  `/api/plans/${encodeURIComponent(planId)}/files/${hash}`;

export function sectionExtensions(
  connection: SectionConnection,
  user: PublicUser,
  section: SectionContext,
): Extensions {
  return [
    ...contentExtensions({ fileUrl: fileUrl(section.planId), resizableTables: true }),
    Collaboration.configure({ document: connection.doc, field: BODY_FIELD }),
    CollaborationCaret.configure({
      provider: connection.provider,
      // The server rewrites this from the session; it is only a first guess.
      user: { id: user.id, name: user.name, agency: user.agency, color: colorFor(user.id) },
      render: renderCaret,
    }),
    FootnoteShortcut.configure({ placeholder: section.footnotePlaceholder }),
    CaptionLabels.configure({ sectionNumber: section.sectionNumber }),
    CommentHighlights,
    PendingSelection,
  ];
}
