import type { PublicUser } from '../../shared/model.js';
import type { TestServer } from './server.js';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A signed-in HTTP client: sends the session cookie and the allowed Origin. */
export interface ApiClient {
  cookie: string;
  user: PublicUser;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
}

export async function rawRequest<T = unknown>(
  server: Pick<TestServer, 'httpUrl' | 'origin'>,
  method: string,
  path: string,
  {
    body,
    cookie,
    origin = server.origin,
    headers = {},
  }: {
    body?: unknown;
    cookie?: string;
    origin?: string | null;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse<T>> {
  const response = await fetch(`${server.httpUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
      ...(origin ? { origin } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (CSV, HTML): keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

export async function login(
  server: Pick<TestServer, 'httpUrl' | 'origin'>,
  username: string,
  password = 'demo-2030',
): Promise<ApiClient> {
  const response = await rawRequest<{ user: PublicUser }>(server, 'POST', '/api/session', {
    body: { username, password },
  });
  if (response.status !== 200)
    throw new Error(
      `login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`,
    );
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  return {
    cookie,
    user: response.body.user,
    request: (method, path, body) => rawRequest(server, method, path, { body, cookie }),
  };
}
