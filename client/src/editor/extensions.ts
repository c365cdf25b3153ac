/** The editor's extensions: StarterKit (no undo: Yjs owns history), safe links, tables, collaboration. */
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { PublicUser } from '../../../shared/model.js';
import { BODY_FIELD } from '../../../shared/protocol/collab.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { CommentHighlights } from '../review/highlights/commentHighlights.js';
import { renderCaret } from './caret.js';
import { colorFor } from './colors.js';
import { PendingSelection } from './pendingSelection.js';
import { isSafeLinkUrl } from './safeUrl.js';

export function sectionExtensions(connection: SectionConnection, user: PublicUser): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: { levels: [2, 3, 4] },
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
    TableKit.configure({ table: { resizable: false } }),
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
