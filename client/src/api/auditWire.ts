/** The coordinator's audit log, as the server sends it. */
import * as z from 'zod/mini';

export const AuditEntryWire = z.object({
  id: z.union([z.string(), z.number()]),
  at: z.string(),
  actorId: z.nullable(z.string()),
  actorName: z.nullable(z.string()),
  agency: z.nullable(z.string()),
  action: z.string(),
  sectionId: z.nullable(z.string()),
  detail: z.unknown(),
  address: z.nullable(z.string()),
});
export const AuditWire = z.object({ entries: z.array(AuditEntryWire) });

export type AuditEntryWire = z.infer<typeof AuditEntryWire>;
