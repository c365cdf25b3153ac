/** The reader's answers: sections' stored text as the editor's ProseMirror JSON. */
import type { JSONContent } from '@tiptap/core';
import * as z from 'zod/mini';

const isDoc = (value: unknown): value is JSONContent =>
  typeof value === 'object' && value !== null && 'type' in value && value.type === 'doc';

const Doc = z.custom<JSONContent>(isDoc);

export const PlanContentWire = z.object({
  sections: z.array(
    z.object({
      id: z.string(),
      depth: z.number(),
      headingOnly: z.boolean(),
      content: z.nullable(Doc),
    }),
  ),
});
export type ReaderEntry = z.infer<typeof PlanContentWire>['sections'][number];

export const SectionContentWire = z.object({ content: Doc });
