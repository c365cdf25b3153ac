/** Field shapes several routes share; zod/mini so the client's bundle stays small. */
import * as z from 'zod/mini';

export const AgencyCode = z
  .string()
  .check(z.regex(/^[A-Z0-9_]{1,16}$/, 'an agency code such as SCT'));

export const SectionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** Trimmed text of at most `max` characters (and at least `min`). */
export const text = (min: number, max: number) =>
  z.string().check(z.trim(), z.minLength(min, 'must not be empty'), z.maxLength(max));

/** A free note beside a command; may be left out. */
export const Note = z._default(text(0, 2000), '');
