/**
 * The reader's text: the plan's chosen sections in outline order with their depth and their
 * stored text (a part brings its sections, a section its part's heading), one section alone,
 * and clear refusals for unknown ids and strangers.
 */
import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { contentSchema } from '../../shared/editor/content.js';
import { BODY_FIELD } from '../../shared/protocol/collab.js';
import { PLAN_ID } from '../helpers/review.js';
import { useSignedInServer } from '../helpers/signedInServer.js';
import { RICH_SECTION } from '../fixtures/richSection.js';

interface Entry {
  id: string;
  depth: number;
  headingOnly: boolean;
  content: JSONContent | null;
}

describe('the reader’s text', () => {
  const fixture = useSignedInServer(['bcd'] as const);

  const get = async (path: string, cookie: string | null = fixture.as.bcd.cookie) => {
    const response = await fetch(`${fixture.server.httpUrl}${path}`, {
      headers: cookie ? { cookie } : {},
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('reads a part with its sections, in outline order, as stored', async () => {
    const doc = prosemirrorJSONToYDoc(contentSchema(), RICH_SECTION, BODY_FIELD);
    await fixture.server.planfold.store.documents.append(
      'S3_1',
      Y.encodeStateAsUpdate(doc),
      'S3_1',
    );

    const part = await get(`/api/plans/${PLAN_ID}/content?sections=P3`);
    expect(part.status).toBe(200);
    const entries = part.body.sections as Entry[];
    expect(entries[0]).toMatchObject({ id: 'P3', depth: 0, headingOnly: false });
    expect(entries.slice(1).every((e) => e.depth === 1 && !e.headingOnly)).toBe(true);
    expect(entries.map((e) => e.id)).toContain('S3_1');
    const text = entries.find((e) => e.id === 'S3_1')!.content;
    expect(JSON.stringify(text)).toBe(
      JSON.stringify((await get('/api/sections/S3_1/content')).body.content),
    );
    expect(text?.type).toBe('doc');
    expect(JSON.stringify(text)).toContain('"type":"table"');

    // A section alone brings its part's heading, without the part's own text.
    const one = (await get(`/api/plans/${PLAN_ID}/content?sections=S3_1`)).body.sections as Entry[];
    expect(one.map((e) => [e.id, e.headingOnly, e.content === null])).toEqual([
      ['P3', true, true],
      ['S3_1', false, false],
    ]);
    // The whole plan, every part first at depth 0.
    const all = (await get(`/api/plans/${PLAN_ID}/content`)).body.sections as Entry[];
    expect(all.length).toBeGreaterThan(entries.length);
  });

  it('refuses unknown sections and strangers clearly', async () => {
    const unknown = await get(`/api/plans/${PLAN_ID}/content?sections=S9_9`);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: { code: 'unknown-sections' } });
    expect((await get('/api/sections/S9_9/content')).status).toBe(404);
    expect((await get(`/api/plans/nope/content`)).status).toBe(404);
    expect((await get(`/api/plans/${PLAN_ID}/content`, null)).status).toBe(401);
  });
});
