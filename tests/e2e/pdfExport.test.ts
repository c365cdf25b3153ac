/**
 * export.pdf: the reader's print view printed by the system Chromium, as the person asking. A
 * part comes out as a multi-page A4 PDF (the cover, then the part); without a Chromium the
 * endpoint answers 501 and says what to use instead; unknown sections are refused before any
 * browser starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type ApiClient } from '../helpers/api.js';
import { DEMO_PLAN_ID, snapshotClient, startServerWithClient } from '../helpers/browser.js';
import type { TestServer } from '../helpers/server.js';

/** A4 in PDF points (595.28 × 841.89; Chromium rounds through CSS pixels: 594.96 × 841.92). */
const A4_MEDIA_BOX = /\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.\d+\s*\]/;
const SHOTS = '/work/wt/shots/word';

describe('export of the plan as PDF', () => {
  let server: TestServer;
  let noChromium: TestServer;
  let reader: ApiClient;
  let stranger: ApiClient;

  beforeAll(async () => {
    const clientDir = await snapshotClient();
    server = await startServerWithClient({ config: { clientDir } });
    noChromium = await startServerWithClient({
      config: { clientDir, chromiumPath: '/nonexistent/chromium' },
    });
    reader = await login(server, 'bcd');
    stranger = await login(noChromium, 'bcd');
  });
  afterAll(async () => {
    await server?.stop();
    await noChromium?.stop();
  });

  const get = (on: TestServer, who: ApiClient, path: string) =>
    fetch(`${on.httpUrl}${path}`, { headers: { cookie: who.cookie } });

  it('prints a part of the plan from the reader as an A4 PDF', async () => {
    const response = await get(server, reader, `/api/plans/${DEMO_PLAN_ID}/export.pdf?sections=P3`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.*\.pdf$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // For a person to look at, when the screenshots folder exists.
    if (fs.existsSync(path.dirname(SHOTS))) {
      fs.mkdirSync(SHOTS, { recursive: true });
      fs.writeFileSync(path.join(SHOTS, 'plan-P3.pdf'), bytes);
    }
    const pdf = bytes.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
    // The cover, then Phần III and its ten sections.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf).toMatch(A4_MEDIA_BOX);

    const one = await get(server, reader, '/api/sections/S3_1/export.pdf');
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('application/pdf');
  }, 120_000);

  it('says so clearly without a Chromium, and refuses unknown sections', async () => {
    const missing = await get(noChromium, stranger, `/api/plans/${DEMO_PLAN_ID}/export.pdf`);
    expect(missing.status).toBe(501);
    const body = (await missing.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('pdf-unavailable');
    expect(body.error.message).toContain('.docx');
    const unknown = await get(
      server,
      reader,
      `/api/plans/${DEMO_PLAN_ID}/export.pdf?sections=S9_9`,
    );
    expect(unknown.status).toBe(400);
    expect((await fetch(`${server.httpUrl}/api/sections/S3_1/export.pdf`)).status).toBe(401);
  });
});
