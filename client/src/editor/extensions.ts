/** The editor's extensions: the shared content schema, plus collaboration, presence and review. */
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { contentExtensions } from '../../../shared/editor/content.js';
import type { PublicUser } from '../../../shared/model.js';
import { BODY_FIELD } from '../../../shared/protocol/collab.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { CommentHighlights } from '../review/highlights/commentHighlights.js';
import { renderCaret } from './caret.js';
import { colorFor } from './colors.js';
import { PendingSelection } from './pendingSelection.js';

export function sectionExtensions(connection: SectionConnection, user: PublicUser): Extensions {
  return [
    ...contentExtensions(),
    Collaboration.configure({ document: connection.doc, field: BODY_FIELD }),
    CollaborationCaret.configure({
      provider: connection.provider,
      // The server rewrites this from the session; it is only a first guess.
      user: { id: user.id, name: user.name, agency: user.agency, color: colorFor(user.id) },
      render: renderCaret,
    }),
    CommentHighlights,
    PendingSelection,
  ];
}
