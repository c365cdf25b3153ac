/**
 * The accounts routes (docs/api.md "Accounts"): what the client sends, which the server
 * validates with the same schemas, and the accounts it answers with.
 */
import * as z from 'zod/mini';
import { ROLES } from '../model.js';
import { text } from './fields.js';

/** What an account's username may be: what people type to sign in. */
export const Username = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'use 2–32 letters, digits, dots, dashes or underscores'),
  );

const PersonName = text(1, 120);
const AgencyCode = text(1, 16);
/** An empty e-mail field means none. */
const Email = z.union([
  z.email().check(z.maxLength(254)),
  z.pipe(
    z.literal(''),
    z.transform(() => null),
  ),
  z.null(),
]);

/** `POST /api/users` */
export const NewUserBody = z.strictObject({
  username: Username,
  name: PersonName,
  agency: AgencyCode,
  role: z.enum(ROLES),
  email: z.optional(Email),
});

/** `PATCH /api/users/:id`: any of the fields, at least one. */
export const UserPatchBody = z
  .strictObject({
    name: z.optional(PersonName),
    agency: z.optional(AgencyCode),
    role: z.optional(z.enum(ROLES)),
    email: z.optional(Email),
    disabled: z.optional(z.boolean()),
  })
  .check(z.refine((p) => Object.keys(p).length > 0, 'name, agency, role, email or disabled'));

/** `GET /api/users?q=&agency=` */
export const UserQuery = z.object({
  q: z.optional(text(0, 120)),
  agency: z.optional(AgencyCode),
});

export const UserWire = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  agency: z.string(),
  role: z.enum(ROLES),
});

export const AccountWire = z.extend(UserWire, {
  email: z.nullable(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
export const AccountsAnswer = z.object({ users: z.array(AccountWire) });
export const AccountAnswer = z.object({ user: AccountWire });
/** `POST /api/users` → 201 */
export const CreatedAccountAnswer = z.object({ user: AccountWire, temporaryPassword: z.string() });
/** `POST /api/users/:id/password-reset` */
export const TemporaryPasswordAnswer = z.object({ temporaryPassword: z.string() });

export type NewUserBody = z.input<typeof NewUserBody>;
export type UserPatchBody = z.input<typeof UserPatchBody>;
export type UserWire = z.infer<typeof UserWire>;
