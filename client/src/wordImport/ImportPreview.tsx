/** The text a Word file would bring, drawn by the editor's own schema, read-only. */
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useMemo } from 'react';
import { contentExtensions } from '../../../shared/editor/content.js';
import { useT } from '../i18n/context.js';

// The pictures are not stored before the import is confirmed: a figure shows its alt text.
const NO_FILE = () => '';

export function ImportPreview({ content }: { content: JSONContent }) {
  const t = useT();
  const extensions = useMemo(() => contentExtensions({ fileUrl: NO_FILE }), []);
  const editor = useEditor(
    {
      extensions,
      content,
      editable: false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: 'document import-preview__doc',
          'aria-label': t('wi.preview'),
          'data-testid': 'import-preview',
          lang: 'vi',
        },
      },
    },
    [content],
  );
  return (
    <section className="import-preview">
      <h3>{t('wi.preview')}</h3>
      <EditorContent editor={editor} />
    </section>
  );
}
