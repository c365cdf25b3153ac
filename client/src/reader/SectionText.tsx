/**
 * A section's stored text drawn read-only with the editor's own schema (DOM nodes built by
 * ProseMirror's serializer, never an HTML string), figures loading from the plan's files.
 */
import type { JSONContent } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useMemo, useRef } from 'react';
import { contentExtensions } from '../../../shared/editor/content.js';
import { readerApi } from './api.js';

export function SectionText({ planId, content }: { planId: string; content: JSONContent }) {
  const ref = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () => getSchema(contentExtensions({ fileUrl: (hash) => readerApi.fileUrl(planId, hash) })),
    [planId],
  );

  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    let fragment: Node;
    try {
      fragment = DOMSerializer.fromSchema(schema).serializeFragment(
        ProseMirrorNode.fromJSON(schema, content).content,
      );
    } catch {
      // Text the schema cannot read is shown as nothing rather than breaking the whole plan.
      fragment = document.createDocumentFragment();
    }
    target.replaceChildren(fragment);
  }, [schema, content]);

  return <div ref={ref} className="reader__text" lang="vi" />;
}
