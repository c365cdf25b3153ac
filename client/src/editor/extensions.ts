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
import { renderCaret } from './caret.js';
import { colorFor } from './colors.js';
import { PendingSelection } from './pendingSelection.js';

/** Where the section's indicator references come from, and what `#` does. */
export interface ReferenceOptions {
  scope: ReferenceScope;
  onPickIndicator: () => void;
}

export function sectionExtensions(
  connection: SectionConnection,
  user: PublicUser,
  references: ReferenceOptions,
): Extensions {
  return [
    ...contentExtensions({ indicatorRefView: referenceView(references.scope) }),
    Collaboration.configure({ document: connection.doc, field: BODY_FIELD }),
    CollaborationCaret.configure({
      provider: connection.provider,
      // The server rewrites this from the session; it is only a first guess.
      user: { id: user.id, name: user.name, agency: user.agency, color: colorFor(user.id) },
      render: renderCaret,
    }),
    CommentHighlights,
    PendingSelection,
    HashTrigger.configure({ onTrigger: references.onPickIndicator }),
  ];
}
