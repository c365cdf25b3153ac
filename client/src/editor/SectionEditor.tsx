/** The Tiptap editor bound to one connection's Y.Doc. Remount (key) it for a new connection. */
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, type RefObject } from 'react';
import type { PublicUser } from '../../../shared/model.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { useT } from '../i18n/context.js';
import { sectionExtensions } from './extensions.js';
import { Toolbar } from './Toolbar.js';

interface Props {
  connection: SectionConnection;
  user: PublicUser;
  planId: string;
  sectionNumber: string;
  editable: boolean;
  label: string;
  editorRef: RefObject<EditorHandle | null>;
  /** Hands the editor to the comments panel (selection anchors, highlights); null on unmount. */
  onEditor?: (editor: Editor | null) => void;
}

/** What the session needs of the editor when a write is refused. */
export interface EditorHandle {
  html(): string;
  /** Stops typing at once: what is typed after a refusal must land in the draft, not vanish. */
  freeze(): void;
}

export function SectionEditor({
  connection,
  user,
  planId,
  sectionNumber,
  editable,
  label,
  editorRef,
  onEditor,
}: Props) {
  const t = useT();
  const footnotePlaceholder = t('footnote.placeholder');
  const extensions = useMemo(
    () => sectionExtensions(connection, user, { planId, sectionNumber, footnotePlaceholder }),
    [connection, user, planId, sectionNumber, footnotePlaceholder],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          id: 'section-editor',
          class: 'document',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'data-testid': 'editor-content',
          spellcheck: 'true',
          lang: 'vi',
        },
      },
    },
    [connection],
  );

  // Flip read-only and back as the plan room changes (lock, status, assignment).
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable);
    editor.view.dom.setAttribute('aria-readonly', String(!editable));
  }, [editor, editable]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  useEffect(() => {
    editorRef.current = { html: () => editor.getHTML(), freeze: () => editor.setEditable(false) };
    return () => {
      editorRef.current = null;
    };
  }, [editor, editorRef]);

  return (
    <div className={editable ? 'editor' : 'editor editor--readonly'}>
      {/* Readers get no formatting toolbar: they select and comment (the comments panel). */}
      {editable && <Toolbar editor={editor} />}
      <div className="editor__page">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
