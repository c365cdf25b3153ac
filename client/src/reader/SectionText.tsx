/**
 * A section's stored text drawn read-only with the editor's own schema (DOM nodes built by
 * ProseMirror's serializer, never an HTML string), figures loading from the plan's files.
 */
import type { JSONContent } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useMemo, useRef } from 'react';
import { contentExtensions } from '../../../shared/editor/content.js';
import { useLiveRegistry } from '../indicators/liveRegistry.js';
import { paintReference } from '../indicators/referenceView.js';
import { readerApi } from './api.js';

interface Props {
  planId: string;
  sectionId: string;
  content: JSONContent;
}

export function SectionText({ planId, sectionId, content }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Indicator references show the registry's figure (or the frozen one), live.
  const registry = useLiveRegistry(planId);
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
    for (const element of target.querySelectorAll<HTMLElement>('span[data-indicator]')) {
      const year = Number(element.dataset.year);
      const indicator = element.dataset.indicator ?? '';
      paintReference(element, { planId, sectionId }, indicator ? { indicator, year } : null);
    }
  }, [schema, content, planId, sectionId, registry]);

  return <div ref={ref} className="reader__text" lang="vi" />;
}
