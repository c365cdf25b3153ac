/**
 * The outline PlanFold ships: the Lạng Sơn Provincial Plan, its agencies and its 47 sections in
 * the order of Law on Planning art. 27 and Decree 37/2019 art. 28. The demo is seeded from it,
 * and a new plan can start from its outline.
 */
import { z } from 'zod';
import outline from './lang-son-plan.json' with { type: 'json' };

const OutlineFile = z.object({
  plan: z.object({
    code: z.string(),
    title_vi: z.string(),
    title_en: z.string(),
    period_start: z.number(),
    period_end: z.number(),
    vision: z.number(),
  }),
  agencies: z.array(
    z.object({
      code: z.string(),
      name_vi: z.string(),
      name_en: z.string(),
      kind: z.enum(['department', 'district', 'consultant', 'coordinator', 'other']),
    }),
  ),
  sections: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title_vi: z.string(),
      title_en: z.string(),
      owner: z.string(),
      contributors: z.array(z.string()),
      parent: z.string().nullable(),
      synthesis: z.boolean(),
    }),
  ),
});

export type Outline = z.infer<typeof OutlineFile>;

/** The file as imported, for the parts read elsewhere with their own schema (indicators). */
export const outlineJson = outline;

let parsed: Outline | null = null;

export function langSonOutline(): Outline {
  parsed ??= OutlineFile.parse(outline);
  return parsed;
}
