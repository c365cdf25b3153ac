/** The editor's extensions: the shared content schema, plus collaboration, presence and review. */
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { contentExtensions } from '../../../shared/editor/content.js';
import type { PublicUser } from '../../../shared/model.js';
import { BODY_FIELD } from '../../../shared/protocol/collab.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { HashTrigger } from '../indicators/hashTrigger.js';
import { referenceView, type ReferenceScope } from '../indicators/referenceView.js';
import { CommentHighlights } from '../review/highlights/commentHighlights.js';
import { CaptionLabels } from './captionLabels.js';
import { FigureFiles, type FigureFilesOptions } from './figures/figureFiles.js';
import { FootnoteShortcut } from './footnoteShortcut.js';
import { renderCaret } from './caret.js';
import { colorFor } from './colors.js';
import { PendingSelection } from './pendingSelection.js';

export interface SectionOptions {
  /** The plan and section: where figures' files and indicator references come from. */
  scope: ReferenceScope;
  /** What `#` does: open the indicator picker. */
  onPickIndicator: () => void;
  /** For the numbers of figures and tables ("Bảng III.1.1"). */
  sectionNumber: string;
  /** What a new footnote holds, selected, until the writer types its source. */
  footnotePlaceholder: string;
  /** Takes images pasted or dropped into the text (the figure upload). */
  onImageFiles: FigureFilesOptions['onFiles'];
}

/** Where the browser loads a figure's bytes (GET /api/plans/:planId/files/:hash). */
export const fileUrl = (planId: string) => (hash: string) =>
  `/api/plans/${encodeURIComponent(planId)}/files/${hash}`;

export function sectionExtensions(
  connection: SectionConnection,
  user: PublicUser,
  options: SectionOptions,
): Extensions {
  return [
    ...contentExtensions({
      indicatorRefView: referenceView(options.scope),
      fileUrl: fileUrl(options.scope.planId),
      resizableTables: true,
    }),
    Collaboration.configure({ document: connection.doc, field: BODY_FIELD }),
    CollaborationCaret.configure({
      provider: connection.provider,
      // The server rewrites this from the session; it is only a first guess.
      user: { id: user.id, name: user.name, agency: user.agency, color: colorFor(user.id) },
      render: renderCaret,
    }),
    FigureFiles.configure({ onFiles: options.onImageFiles }),
    FootnoteShortcut.configure({ placeholder: options.footnotePlaceholder }),
    CaptionLabels.configure({ sectionNumber: options.sectionNumber }),
    CommentHighlights,
    PendingSelection,
    HashTrigger.configure({ onTrigger: options.onPickIndicator }),
  ];
}
