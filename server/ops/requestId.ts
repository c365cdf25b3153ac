import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A proxy's request id is kept when it looks like one; anything else is replaced. */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id that ties together the log lines of one HTTP request, and of a WebSocket connection
 * with the upgrade request that opened it.
 */
export function requestIdOf(headers: IncomingHttpHeaders): string {
  const given = headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}
