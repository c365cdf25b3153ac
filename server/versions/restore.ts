import { updateYFragment } from '@tiptap/y-tiptap';
import type { Node, Schema } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import type { VersionView } from '../../shared/versions/model.js';
import type { CollabServer } from '../collab/collabServer.js';
import { AppError, notFound } from '../errors.js';
import { authorize } from '../plan/authorize.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { CommandContext } from '../plan/sectionCommands.js';
import type { VersionService } from './versionService.js';

/**
 * Rewrites a section's body into `target` with the smallest Yjs change: paragraphs that did not
 * change keep their identity, so comments anchored in them stay where they were.
 */
export function rewriteBody(doc: Y.Doc, target: Node): void {
  updateYFragment(doc, doc.getXmlFragment(BODY_FIELD), target, {
    mapping: new Map(),
    isOMark: new Map(),
  });
}

/**
 * Restores a version as a new change on top of the section's history (nothing is rewritten):
 * the text of now is first kept as a version of kind `restore` (restoring that one undoes the
 * restore), then the version's text is written as the owner's own edit through the section's
 * room, checked by the policy when it is applied, stored before anyone sees it, and audited.
 */
export class VersionRestorer {
  constructor(
    private readonly versions: VersionService,
    private readonly collab: CollabServer,
    private readonly directory: SectionDirectory,
    private readonly schema: Schema,
  ) {}

  /** Resolves with the version that holds the text as it was before the restore. */
  async restore(
    { actor: user, address }: CommandContext,
    sectionId: string,
    versionId: string,
  ): Promise<VersionView> {
    const section = this.directory.section(sectionId);
    if (!section) throw notFound('Section');
    authorize(user, 'ownerEdit', section);
    const restored = (await this.versions.get(sectionId, versionId)).view;
    const target = this.schema.nodeFromJSON(await this.versions.content(sectionId, versionId));
    const before = await this.versions.capture(sectionId, {
      kind: 'restore',
      name: '',
      status: section.status,
      actorId: user.id,
    });
    const label = restored.name ? `: ${restored.name}` : '';
    const outcome = await this.collab.writeAs(user, sectionId, (doc) => rewriteBody(doc, target), {
      action: 'restore',
      detail: `Khôi phục phiên bản ${restored.seq}${label}`,
      address,
    });
    if (outcome !== null) {
      // Locked or moved on while restoring: say why, as the policy says it now.
      const now = this.directory.section(sectionId);
      if (now) authorize(user, 'ownerEdit', now);
      throw new AppError(
        409,
        'conflict',
        'The section changed while restoring; nothing was written.',
      );
    }
    return before;
  }
}
