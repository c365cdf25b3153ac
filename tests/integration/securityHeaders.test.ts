/**
 * Security headers: the built page carries a Content-Security-Policy that fits Vite's output
 * (our own module scripts and style sheets, no inline script, WebSockets to the configured
 * origin), is never framed, and no response may be sniffed into another type.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/api.js';
import { startServer, tempDir, type TestServer } from '../helpers/server.js';

/** What `vite build` writes: module script and style sheet from /assets, nothing inline. */
const BUILT_PAGE = `<!doctype html><html lang="vi"><head>
<script type="module" crossorigin src="/assets/index.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index.css"></head>
<body><div id="root"></div></body></html>`;

function directives(header: string | null): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    const clientDir = tempDir('planfold-client-');
    fs.mkdirSync(path.join(clientDir, 'assets'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), BUILT_PAGE);
    fs.writeFileSync(path.join(clientDir, 'assets', 'index.js'), 'export {};');
    server = await startServer({ config: { clientDir } });
  });
  afterAll(() => server?.stop());

  it('the page: scripts only from our origin, WebSockets to the configured origin, never framed', async () => {
    for (const page of ['/', '/plans/QHT-LS-2021-2030']) {
      const response = await rawRequest(server, 'GET', page);
      expect(response.status).toBe(200);
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('connect-src')).toEqual(["'self'", server.origin.replace('http', 'ws')]);
      expect(csp.has('upgrade-insecure-requests'), 'plain HTTP is not upgraded').toBe(false);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('assets and API answers are not sniffed either', async () => {
    for (const url of ['/assets/index.js', '/api/health', '/api/nothing-here']) {
      const response = await rawRequest(server, 'GET', url);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('over HTTPS: strict transport security and upgraded requests', async () => {
    const secure = await startServer({ config: { publicOrigins: ['https://planfold.example'] } });
    try {
      const response = await rawRequest(secure, 'GET', '/api/health');
      const csp = directives(response.headers.get('content-security-policy'));
      expect(csp.get('connect-src')).toEqual(["'self'", 'wss://planfold.example']);
      expect(csp.has('upgrade-insecure-requests')).toBe(true);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await secure.stop();
    }
  });
});
