/** One JSON request against /api, with errors turned into ApiError. */
import type * as z from 'zod/mini';
import { ApiError } from './ApiError.js';
import { ErrorBodyWire } from './wire.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

function retryAfterSeconds(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = ErrorBodyWire.safeParse(await readJson(response));
  const code = parsed.success ? parsed.data.error.code : `http-${response.status}`;
  const message = parsed.success ? parsed.data.error.message : response.statusText;
  return new ApiError(response.status, code, message, retryAfterSeconds(response));
}

/** Sends a request; validates the answer with `schema` (or expects no body when it is null). */
export async function request<T>(
  method: Method,
  path: string,
  schema: z.ZodMiniType<T> | null,
  body?: unknown,
): Promise<T | undefined> {
  // A file (an upload, a Word import) is sent as its bytes; anything else as JSON.
  const file = body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined
          ? {}
          : { 'Content-Type': file ? 'application/octet-stream' : 'application/json' }),
      },
      body: body === undefined ? null : file ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  if (!schema) return undefined;
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid-response', `Unexpected answer from ${path}`);
  }
  return parsed.data;
}

/** Like request() but the answer is required. */
export async function requestJson<T>(
  method: Method,
  path: string,
  schema: z.ZodMiniType<T>,
  body?: unknown,
): Promise<T> {
  const data = await request(method, path, schema, body);
  if (data === undefined) throw new ApiError(0, 'invalid-response', `No answer from ${path}`);
  return data;
}
