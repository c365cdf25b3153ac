/**
 * Keeps one section's connection alive and recovers from refused writes (nothing is silently
 * lost): on a refusal it saves the local text as an unsent draft, tells the user, throws away
 * the local copy (socket, IndexedDB, Y.Doc) and starts again from the server's state.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { BODY_FIELD, CloseCode } from '../../../shared/protocol/collab.js';
import type { Refusal } from '../collab/refusal.js';
import { SectionConnection } from '../collab/SectionConnection.js';
import { saveDraft } from '../drafts/draftStore.js';
import type { EditorHandle } from './SectionEditor.js';
import { bodyAsPlainText } from './snapshot.js';

export interface RefusalNotice {
  reason: Refusal;
  at: number;
}

export interface SectionSession {
  /** null while a reset is under way. */
  connection: SectionConnection | null;
  /** Changes with every new connection: key the editor with it. */
  generation: number;
  refusal: RefusalNotice | null;
  dismissRefusal: () => void;
  /** The editor registers itself: HTML for richer drafts, and a way to stop typing. */
  editorRef: RefObject<EditorHandle | null>;
}

export function useSectionSession(
  sectionId: string,
  userId: string,
  recheckSession: () => void,
): SectionSession {
  const [connection, setConnection] = useState<SectionConnection | null>(null);
  const [generation, setGeneration] = useState(0);
  const [refusal, setRefusal] = useState<RefusalNotice | null>(null);
  const editorRef = useRef<EditorHandle | null>(null);
  const recheckRef = useRef(recheckSession);
  recheckRef.current = recheckSession;

  useEffect(() => {
    let current: SectionConnection | null = null;
    let unmounted = false;
    let lastReason: Refusal = 'unknown';

    const open = () => {
      current = new SectionConnection({
        sectionId,
        storageName: `planfold:${userId}:${sectionId}`,
        onRefused: (reason) => recover(reason),
        onClosed: (code) => {
          if (code === CloseCode.loggedOut) recheckRef.current();
          if (code === CloseCode.tooManyRefusals) recover(lastReason, { evenIfClean: true });
        },
        // Ask the session again: if it expired, the login screen takes over.
        onRepeatedFailures: () => recheckRef.current(),
      });
      setConnection(current);
      setGeneration((g) => g + 1);
    };

    const recover = (reason: Refusal, { evenIfClean = false } = {}) => {
      lastReason = reason;
      const refused = current;
      if (!refused) return; // already resetting
      // A document with nothing of ours in it has nothing to lose: ignore the refusal, unless
      // the server closed the socket for good, in which case start again quietly.
      if (!refused.hasLocalChanges && !evenIfClean) return;
      current = null;
      editorRef.current?.freeze();
      if (refused.hasLocalChanges) {
        saveDraft({
          sectionId,
          userId,
          at: Date.now(),
          reason,
          text: bodyAsPlainText(refused.doc.getXmlFragment(BODY_FIELD)),
          html: editorRef.current?.html() ?? null,
        });
        setRefusal({ reason, at: Date.now() });
      }
      setConnection(null);
      // Leave the socket's message handler before tearing it down.
      setTimeout(() => {
        void refused
          .dispose({ clearLocal: true })
          .catch((error: unknown) => console.error('Could not clear the local copy', error))
          .finally(() => {
            if (!unmounted) open();
          });
      }, 0);
    };

    open();
    return () => {
      unmounted = true;
      void current?.dispose({ clearLocal: false });
      current = null;
    };
  }, [sectionId, userId]);

  return {
    connection,
    generation,
    refusal,
    dismissRefusal: () => setRefusal(null),
    editorRef,
  };
}
