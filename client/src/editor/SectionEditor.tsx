/** The Tiptap editor bound to one connection's Y.Doc. Remount (key) it for a new connection. */
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { PublicUser } from '../../../shared/model.js';
import type { SectionConnection } from '../collab/SectionConnection.js';
import { IndicatorPicker } from '../indicators/IndicatorPicker.js';
import { ReferenceCard } from '../indicators/ReferenceCard.js';
import type { ReferenceScope } from '../indicators/referenceView.js';
import { useT } from '../i18n/context.js';
import type { AgencyDirectory } from '../plan/agencies.js';
import { sectionExtensions } from './extensions.js';
import { UploadStatus } from './figures/UploadStatus.js';
import { useFigureUpload } from './figures/useFigureUpload.js';
import { Toolbar } from './Toolbar.js';
import { WordCount } from './WordCount.js';
import { useReadOnlyKeyboard } from './useReadOnlyKeyboard.js';

interface Props {
  connection: SectionConnection;
  user: PublicUser;
  sectionNumber: string;
  editable: boolean;
  label: string;
  editorRef: RefObject<EditorHandle | null>;
  /** The plan whose registry the section's indicator references cite, and the section. */
  scope: ReferenceScope;
  agencies: AgencyDirectory;
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
  sectionNumber,
  editable,
  label,
  editorRef,
  scope,
  agencies,
  onEditor,
}: Props) {
  // The indicator picker, and whether typing `#` opened it.
  const [picker, setPicker] = useState<{ fromHash: boolean } | null>(null);
  const t = useT();
  const footnotePlaceholder = t('footnote.placeholder');
  // The upload needs the editor, which needs its extensions: paste and drop go through a ref.
  const imageFiles = useRef<(files: File[], pos?: number) => void>(() => undefined);
  const extensions = useMemo(
    () =>
      sectionExtensions(connection, user, {
        scope,
        onPickIndicator: () => setPicker({ fromHash: true }),
        sectionNumber,
        footnotePlaceholder,
        onImageFiles: (files, pos) => imageFiles.current(files, pos),
      }),
    [connection, user, scope, sectionNumber, footnotePlaceholder],
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

  useReadOnlyKeyboard(editor, editable);
  const upload = useFigureUpload(editor, scope.sectionId);
  useEffect(() => {
    imageFiles.current = upload.insertFiles;
  }, [upload.insertFiles]);

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
      {editable && (
        <Toolbar
          editor={editor}
          onPickIndicator={() => setPicker({ fromHash: false })}
          onFigureFiles={upload.insertFiles}
        />
      )}
      <UploadStatus state={upload.state} onDismiss={upload.dismiss} />
      <div className="editor__page">
        <EditorContent editor={editor} />
      </div>
      <WordCount editor={editor} />
      <ReferenceCard editor={editor} scope={scope} agencies={agencies} />
      {picker && editable && (
        <IndicatorPicker
          editor={editor}
          planId={scope.planId}
          fromHash={picker.fromHash}
          onClose={() => setPicker(null)}
        />
      )}
    </div>
  );
}
