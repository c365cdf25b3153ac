/**
 * The section routes (docs/api.md "Sections" and "Outline"): what the client sends, which the
 * server validates with the same schemas, and the section it answers with.
 */
import * as z from 'zod/mini';
import { STATUS_CODES } from '../statuses.js';
import { AgencyCode, Note, SectionId, text } from './fields.js';

/** `POST /api/sections/:id/lock` */
export const LockBody = z.object({ note: Note });

/** `PUT /api/sections/:id/assignment` */
export const AssignmentBody = z.object({
  owner: AgencyCode,
  contributors: z.array(AgencyCode).check(z.maxLength(100)),
  writers: z._default(z.array(AgencyCode).check(z.maxLength(100)), []),
});

/** `POST /api/sections/:id/status` */
export const StatusBody = z.object({ status: z.enum(STATUS_CODES), note: Note });

const IsoDate = z.iso.date();

/** `POST /api/plans/:planId/sections` */
export const NewSectionBody = z.object({
  number: text(1, 32),
  titleVi: text(1, 500),
  titleEn: z.optional(text(1, 500)),
  parentId: z._default(z.nullable(SectionId), null),
  owner: AgencyCode,
  contributors: z._default(z.array(AgencyCode).check(z.maxLength(100)), []),
  dueDate: z.optional(z.nullable(IsoDate)),
});

/** `PATCH /api/sections/:id`: any of the fields, at least one. */
export const SectionChangesBody = z
  .partial(
    z.object({
      number: text(1, 32),
      titleVi: text(1, 500),
      titleEn: text(1, 500),
      parentId: z.nullable(SectionId),
      index: z.int().check(z.minimum(0), z.maximum(1000)),
      dueDate: z.nullable(IsoDate),
    }),
  )
  .check(z.refine((b) => Object.keys(b).length > 0, 'nothing to change'));

export const LockWire = z.object({
  by: z.string(),
  byName: z.string(),
  byAgency: z.string(),
  at: z.string(),
  note: z.string(),
});

/** A section, both from GET /api/plans/:planId and from the plan room's `sections` map. */
export const SectionWire = z.object({
  id: z.string(),
  number: z.string(),
  title: z.optional(z.string()),
  titleVi: z.string(),
  titleEn: z.string(),
  parentId: z.nullable(z.string()),
  position: z.number(),
  owner: z.string(),
  contributors: z.array(z.string()),
  writers: z.array(z.string()),
  status: z.enum(STATUS_CODES),
  locked: z.optional(z.boolean()),
  lock: z.nullable(LockWire),
  synthesis: z.optional(z.boolean()),
  dueDate: z.optional(z.nullable(z.string())),
});

/** The answer of every command on one section. */
export const SectionAnswer = z.object({ section: SectionWire });

export type LockBody = z.input<typeof LockBody>;
export type AssignmentBody = z.input<typeof AssignmentBody>;
export type StatusBody = z.input<typeof StatusBody>;
export type NewSectionBody = z.input<typeof NewSectionBody>;
export type SectionChangesBody = z.input<typeof SectionChangesBody>;
export type SectionWire = z.infer<typeof SectionWire>;
