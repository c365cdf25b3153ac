/** One section: header, why it is read-only, refusals and drafts, the editor, presence and state. */
import type { Editor } from '@tiptap/core';
import { useMemo, useState } from 'react';
import { useSession, useUser } from '../auth/context.js';
import { UnsentDrafts } from '../drafts/UnsentDrafts.js';
import { useT } from '../i18n/context.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import type { PlanSection } from '../plan/types.js';
import { ConnectionState } from './ConnectionState.js';
import { EmptySectionHint } from './EmptySectionHint.js';
import { PresenceList } from './PresenceList.js';
import { ReadOnlyBanner } from './ReadOnlyBanner.js';
import { RefusalAlert } from './RefusalAlert.js';
import { SectionEditor } from './SectionEditor.js';
import { SectionHeader } from './SectionHeader.js';
import { useOpeningFocus } from './useOpeningFocus.js';
import { useSectionSession } from './useSectionSession.js';
import { writeDecision } from './writeAccess.js';
import { SectionActions } from '../workflow/SectionActions.js';
import { StatusHistory } from '../workflow/StatusHistory.js';
import { ConsistencyPanel } from '../indicators/ConsistencyPanel.js';
import { FreezeNotice } from '../indicators/FreezeNotice.js';
import { CommentsPanel } from '../review/panel/CommentsPanel.js';
import { CompareView } from '../versions/CompareView.js';
import { VersionsPanel, type CompareRequest } from '../versions/VersionsPanel.js';
import { ImportWord } from '../wordImport/ImportWord.js';

export function SectionScreen({
  planId,
  section,
  agencies,
  archived = false,
}: {
  planId: string;
  section: PlanSection;
  agencies: AgencyDirectory;
  /** The plan is archived: nobody writes (the plan page says why). */
  archived?: boolean;
}) {
  const t = useT();
  const user = useUser();
  const { refresh } = useSession();
  const session = useSectionSession(section.id, user.id, refresh);
  const decision = writeDecision(user, section);
  const writable = decision.allowed && !archived;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [comparing, setComparing] = useState<CompareRequest | null>(null);
  const scope = useMemo(() => ({ planId, sectionId: section.id }), [planId, section.id]);
  useOpeningFocus(section.id, editor, writable);

  return (
    <article className="section-screen" aria-labelledby="section-title">
      <SectionHeader section={section} agencies={agencies} />
      <SectionActions section={section} agencies={agencies} />
      {writable && (
        <ImportWord sectionId={section.id} editor={editor} doc={session.connection?.doc ?? null} />
      )}
      {!decision.allowed && (
        <ReadOnlyBanner reason={decision.reason} section={section} agencies={agencies} />
      )}
      <FreezeNotice planId={planId} section={section} />
      <RefusalAlert notice={session.refusal} onDismiss={session.dismissRefusal} />
      <UnsentDrafts sectionId={section.id} userId={user.id} />
      <div className="section-screen__body">
        <div className="section-screen__doc">
          {comparing && (
            <CompareView
              sectionId={section.id}
              request={comparing}
              agencies={agencies}
              onClose={() => setComparing(null)}
            />
          )}
          {editor && (
            <EmptySectionHint
              editor={editor}
              section={section}
              agencies={agencies}
              writable={writable}
            />
          )}
          {session.connection ? (
            <SectionEditor
              key={session.generation}
              connection={session.connection}
              user={user}
              sectionNumber={section.number}
              editable={writable}
              label={t('editor.label', { number: section.number })}
              editorRef={session.editorRef}
              scope={scope}
              agencies={agencies}
              onEditor={setEditor}
            />
          ) : (
            <p className="loading" role="status">
              {t('editor.reloading')}
            </p>
          )}
        </div>
        <aside className="section-screen__side">
          <ConnectionState connection={session.connection} />
          <PresenceList
            provider={session.connection?.provider ?? null}
            selfId={user.id}
            agencies={agencies}
          />
          <CommentsPanel
            section={section}
            agencies={agencies}
            editor={editor}
            provider={session.connection?.provider ?? null}
          />
          <ConsistencyPanel
            planId={planId}
            sectionId={section.id}
            editor={editor}
            editable={decision.allowed}
          />
          <StatusHistory section={section} agencies={agencies} />
          <VersionsPanel section={section} onCompare={setComparing} />
        </aside>
      </div>
    </article>
  );
}
