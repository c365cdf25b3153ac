/** The route schemas the server validates with and the client types its calls by (shared/api). */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { AssignmentBody, LockBody, SectionChangesBody } from '../../shared/api/sections.js';
import { MessageBody } from '../../shared/api/threads.js';
import { NewUserBody, UserPatchBody } from '../../shared/api/users.js';

const refuses = (schema: z.ZodMiniType, input: unknown) => !z.safeParse(schema, input).success;

describe('shared route schemas', () => {
  it('fill defaults and normalise what people type', () => {
    expect(z.parse(LockBody, {})).toEqual({ note: '' });
    expect(z.parse(AssignmentBody, { owner: 'SCT', contributors: [] })).toEqual({
      owner: 'SCT',
      contributors: [],
      writers: [],
    });
    const user = z.parse(NewUserBody, {
      username: '  Nguyen.Van.A ',
      name: ' Nguyễn Văn A ',
      agency: 'SCT',
      role: 'editor',
      email: '',
    });
    expect(user).toEqual({
      username: 'nguyen.van.a',
      name: 'Nguyễn Văn A',
      agency: 'SCT',
      role: 'editor',
      email: null,
    });
  });

  it('refuse what the server must not act on', () => {
    expect(refuses(SectionChangesBody, {})).toBe(true);
    expect(refuses(SectionChangesBody, { index: 1.5 })).toBe(true);
    expect(refuses(AssignmentBody, { owner: 'sct', contributors: [] })).toBe(true);
    expect(refuses(MessageBody, { body: '   ' })).toBe(true);
    expect(refuses(UserPatchBody, { name: 'A', password: 'x' })).toBe(true);
    expect(refuses(NewUserBody, { username: 'a', name: 'A', agency: 'SCT', role: 'editor' })).toBe(
      true,
    );
  });
});
