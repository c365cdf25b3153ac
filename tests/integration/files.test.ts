/**
 * Figures' files over HTTP: who may upload (the section's writers, per `can()`), what is
 * accepted (PNG, JPEG, WebP, by their bytes; never SVG), the size and per-plan quota limits, and
 * who may read them (signed-in users, under the plan that lists them), with long-lived caching.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, type ApiClient } from '../helpers/api.js';
import { startServer, type TestServer } from '../helpers/server.js';

const SECTION = 'S3_1';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const WEBP = [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')];

/** Bytes that start like an image of the kind, unique per call (the store dedupes by hash). */
function image(signature: number[], size = 600): Uint8Array {
  const data = new Uint8Array(randomBytes(size));
  data.set(signature);
  return data;
}
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

interface Uploaded {
  file: { hash: string; mime: string; size: number; url: string };
}
interface Failure {
  error: { code: string; message: string };
}

async function upload(
  server: TestServer,
  who: ApiClient | null,
  data: Uint8Array,
  type: string,
  section = SECTION,
) {
  const response = await fetch(`${server.httpUrl}/api/sections/${section}/files`, {
    method: 'POST',
    headers: {
      'content-type': type,
      origin: server.origin,
      ...(who ? { cookie: who.cookie } : {}),
    },
    body: data,
  });
  return { status: response.status, body: (await response.json()) as Uploaded & Failure };
}

async function download(server: TestServer, who: ApiClient | null, url: string, etag?: string) {
  const response = await fetch(`${server.httpUrl}${url}`, {
    headers: {
      ...(who ? { cookie: who.cookie } : {}),
      ...(etag ? { 'if-none-match': etag } : {}),
    },
  });
  return { status: response.status, headers: response.headers, body: await response.arrayBuffer() };
}

describe('uploading and serving figures', () => {
  let server: TestServer;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    // A quota of 4 KB: a few test images fill it.
    server = await startServer({ env: { PLAN_FILE_QUOTA_MB: String(4096 / 1024 / 1024) } });
    for (const u of ['sct', 'sct2', 'sgtvt', 'bcd', 'skhdt']) as[u] = await login(server, u);
  });

  afterAll(async () => {
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it('stores a PNG by its hash in DATA_DIR and serves it to readers with immutable caching', async () => {
    const data = image(PNG);
    const { status, body } = await upload(server, as.sct!, data, 'image/png');
    expect(status).toBe(201);
    expect(body.file).toMatchObject({ hash: sha256(data), mime: 'image/png', size: data.length });
    const onDisk = path.join(server.dataDir, 'files', body.file.hash.slice(0, 2), body.file.hash);
    expect(fs.readFileSync(onDisk)).toEqual(Buffer.from(data));

    for (const reader of [as.sct2!, as.bcd!, as.sgtvt!]) {
      const got = await download(server, reader, body.file.url);
      expect(got.status).toBe(200);
      expect(new Uint8Array(got.body)).toEqual(data);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(got.headers.get('etag')).toBe(`"${body.file.hash}"`);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const again = await download(server, as.bcd!, body.file.url, `"${body.file.hash}"`);
    expect(again.status).toBe(304);

    const anonymous = await download(server, null, body.file.url);
    expect(anonymous.status).toBe(401);

    // The upload is in the audit log, with the file's hash, type and size.
    const audit = await as.skhdt!.request<{
      entries: { action: string; sectionId: string; detail: string }[];
    }>('GET', '/api/audit?action=upload&limit=5');
    expect(audit.body.entries).toContainEqual(
      expect.objectContaining({
        action: 'upload',
        sectionId: SECTION,
        detail: `${body.file.hash} image/png ${data.length}`,
      }),
    );
  });

  it('accepts JPEG and WebP by their bytes', async () => {
    expect((await upload(server, as.sct!, image(JPEG, 300), 'image/jpeg')).status).toBe(201);
    expect((await upload(server, as.sct!, image(WEBP, 300), 'image/webp')).status).toBe(201);
  });

  it('refuses a file that is not what its type says, SVG and non-images', async () => {
    const cases: [Uint8Array, string, string][] = [
      [image(PNG, 100), 'image/jpeg', 'type-mismatch'],
      [
        new TextEncoder().encode('<html><script>alert(1)</script></html>'),
        'image/png',
        'unsupported-file',
      ],
      [
        new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'),
        'image/svg+xml',
        'unsupported-file',
      ],
      [image(PNG, 100), 'text/plain', 'unsupported-media-type'],
    ];
    for (const [data, type, code] of cases) {
      const { status, body } = await upload(server, as.sct!, data, type);
      expect({ type, status, code: body.error.code }).toEqual({ type, status: 415, code });
    }
  });

  it('refuses files over 10 MB', async () => {
    const { status, body } = await upload(
      server,
      as.sct!,
      image(PNG, 10 * 1024 * 1024 + 1),
      'image/png',
    );
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload-too-large');
  });

  it('lets only those who may write the section upload: not another agency, a reader, or anyone while locked', async () => {
    const refused = async (who: ApiClient | null) =>
      (await upload(server, who, image(PNG, 200), 'image/png')).status;
    expect(await refused(as.sgtvt!)).toBe(403);
    expect(await refused(as.bcd!)).toBe(403);
    expect(await refused(null)).toBe(401);
    expect((await upload(server, as.sct!, image(PNG, 200), 'image/png', 'NO_SUCH')).status).toBe(
      404,
    );

    expect(
      (await as.skhdt!.request('POST', `/api/sections/${SECTION}/lock`, { note: 'Đã duyệt' }))
        .status,
    ).toBe(200);
    try {
      expect(await refused(as.sct!)).toBe(409);
    } finally {
      expect((await as.skhdt!.request('DELETE', `/api/sections/${SECTION}/lock`)).status).toBe(200);
    }
    expect(await refused(as.sct2!)).toBe(201);
  });

  it("counts each file once against the plan's quota, and refuses past it", async () => {
    const planId = server.planfold.directory.plans()[0]!.id;
    const used = await server.planfold.store.files.usedBytes(planId);
    expect(used).toBeGreaterThan(0);
    const big = image(PNG, 4096 - used - 100);
    expect((await upload(server, as.sct!, big, 'image/png')).status).toBe(201);
    // The same bytes again are the same file: nothing more is counted.
    expect((await upload(server, as.sct!, big, 'image/png')).status).toBe(201);
    const over = await upload(server, as.sct!, image(PNG, 200), 'image/png');
    expect(over.status).toBe(413);
    expect(over.body.error.code).toBe('quota-exceeded');
  });

  it('serves a file only under the plan that lists it', async () => {
    const planId = server.planfold.directory.plans()[0]!.id;
    const other = 'OTHER_PLAN';
    const demoSection = server.planfold.directory.section(SECTION)!;
    await server.planfold.store.plans.insertPlan(
      { ...server.planfold.directory.plan(planId)!, id: other, code: other },
      [{ ...demoSection, id: 'OTHER_S1', planId: other, parentId: null }],
    );
    await server.planfold.directory.load();

    const data = image(PNG, 64);
    const { status, body } = await upload(server, as.sct!, data, 'image/png', 'OTHER_S1');
    expect(status).toBe(201);
    expect(body.file.url).toBe(`/api/plans/${other}/files/${sha256(data)}`);
    expect((await download(server, as.sct!, body.file.url)).status).toBe(200);
    const elsewhere = await download(server, as.sct!, `/api/plans/${planId}/files/${sha256(data)}`);
    expect(elsewhere.status).toBe(404);
    expect((await download(server, as.sct!, `/api/plans/${planId}/files/not-a-hash`)).status).toBe(
      404,
    );
  });
});
